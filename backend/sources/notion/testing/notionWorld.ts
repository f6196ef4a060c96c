/**
 * A mutable Notion for the sync tests, answering data source queries through notionHandlers' override: it starts
 * with the double's pages and honours what the sync sends — a last_edited_time on_or_after filter, start_cursor
 * and page_size, filter_properties (only those properties come back) — and leaves trashed pages out, as Notion
 * does. Answers still pass the handler's OpenAPI checks.
 */
import type { PageObjectResponse } from '../client';
import { NOTION_ROUTES } from '../testdata/notionDouble';
import type { NotionRoute } from './notionDoubleHandlers';

type Rich = Extract<PageObjectResponse['properties'][string], { type: 'title' }>['title'][number];

export interface WorldQuery {
  dataSource: string;
  body: Record<string, unknown>;
  filterProperties: string[];
}

const QUERY = /^POST \/v1\/data_sources\/([\w-]+)\/query/;

export class NotionWorld {
  readonly pages = new Map<string, PageObjectResponse[]>();
  readonly queries: WorldQuery[] = [];
  /** Data sources no longer shared with the integration: their queries get 404. */
  readonly unshared = new Set<string>();
  pageSize = 100;

  constructor() {
    for (const [key, route] of Object.entries(NOTION_ROUTES)) {
      const dataSource = QUERY.exec(key)?.[1];
      if (dataSource && 'results' in route.body) {
        const results = structuredClone(route.body.results) as PageObjectResponse[];
        this.pages.set(dataSource, [...(this.pages.get(dataSource) ?? []), ...results]);
      }
    }
  }

  page(id: string): PageObjectResponse {
    const found = [...this.pages.values()].flat().find((p) => p.id === id);
    if (!found) {
      throw new Error(`the world has no page ${id}`);
    }
    return found;
  }

  /** Renames a page and/or sets its status, as an edit at `at` (ISO). */
  edit(id: string, change: { title?: string; status?: string; completed?: string }, at: string): void {
    const page = this.page(id);
    const props = page.properties;
    if (change.title !== undefined && props.Name.type === 'title') {
      const [first] = props.Name.title;
      props.Name.title = [{ ...first, plain_text: change.title, text: { content: change.title, link: null } } as Rich];
    }
    if (change.status !== undefined && props.Status.type === 'status') {
      props.Status.status = { id: `s-${change.status}`, name: change.status, color: 'default' };
    }
    if (change.completed !== undefined && props.Completed.type === 'date') {
      props.Completed.date = { start: change.completed, end: null, time_zone: null };
    }
    page.last_edited_time = at;
  }

  add(dataSource: string, page: PageObjectResponse): void {
    this.pages.set(dataSource, [...(this.pages.get(dataSource) ?? []), page]);
  }

  /** Moved to the trash: queries no longer return it. */
  trash(id: string): void {
    for (const [dataSource, pages] of this.pages) {
      this.pages.set(
        dataSource,
        pages.filter((p) => p.id !== id)
      );
    }
  }

  route(key: string, body: unknown, url: URL): NotionRoute | undefined {
    const dataSource = QUERY.exec(key)?.[1];
    if (!dataSource || !this.pages.has(dataSource)) {
      return undefined;
    }
    if (this.unshared.has(dataSource)) {
      return {
        status: 404,
        body: {
          object: 'error',
          status: 404,
          code: 'object_not_found',
          message: `Could not find data_source with ID: ${dataSource}.`,
        },
      };
    }
    const request = (body ?? {}) as Record<string, unknown>;
    const filterProperties = url.searchParams.getAll('filter_properties');
    this.queries.push({ dataSource, body: request, filterProperties });
    const filter = request.filter as { timestamp?: string; last_edited_time?: { on_or_after?: string } } | undefined;
    if (filter && (filter.timestamp !== 'last_edited_time' || !filter.last_edited_time?.on_or_after)) {
      return {
        status: 400,
        body: {
          object: 'error',
          status: 400,
          code: 'validation_error',
          message: 'the world knows only last_edited_time on_or_after',
        },
      };
    }
    const after = Date.parse(filter?.last_edited_time?.on_or_after ?? '');
    const matching = (this.pages.get(dataSource) ?? []).filter((p) => !(Date.parse(p.last_edited_time) < after));
    const start = Number(String(request.start_cursor ?? 'c0').slice(1));
    const size = Math.min(Number(request.page_size ?? 100), this.pageSize);
    const results = matching
      .slice(start, start + size)
      .map((p) =>
        filterProperties.length === 0
          ? p
          : {
              ...p,
              properties: Object.fromEntries(
                Object.entries(p.properties).filter(([, v]) => filterProperties.includes(v.id))
              ),
            }
      );
    const more = start + size < matching.length;
    return {
      status: 200,
      body: {
        object: 'list',
        type: 'page_or_data_source',
        page_or_data_source: {},
        results,
        next_cursor: more ? `c${start + size}` : null,
        has_more: more,
      },
    };
  }
}
