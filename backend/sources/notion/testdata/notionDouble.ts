/**
 * The Notion double's payloads, typed by the SDK's response types (checked at compile time). notion-double.json
 * holds the same routes for the Go host double; a test keeps the two equal. Regenerate the JSON with
 * `npx tsx backend/sources/notion/testdata/writeNotionDouble.ts`.
 */
import type {
  DataSourceObjectResponse,
  GetDataSourceResponse,
  PageObjectResponse,
  QueryDataSourceResponse,
  SearchResponse,
} from '../client';

type Rich = DataSourceObjectResponse['title'][number];
const ANNOTATIONS: Rich['annotations'] = {
  bold: false,
  italic: false,
  strikethrough: false,
  underline: false,
  code: false,
  color: 'default',
};
const rich = (text: string): Rich => ({
  type: 'text',
  text: { content: text, link: null },
  annotations: ANNOTATIONS,
  plain_text: text,
  href: null,
});
const USER = { object: 'user' as const, id: '0f4b1c6e-0000-4000-8000-000000000001' };

export const PRD_DS = '1a2b3c4d-0000-4000-8000-00000000a001';
export const FSD_DS = '1a2b3c4d-0000-4000-8000-00000000f001';

function dataSource(id: string, name: string): DataSourceObjectResponse {
  return {
    object: 'data_source',
    id,
    title: [rich(name)],
    description: [],
    parent: { type: 'database_id', database_id: id.replace(/.$/, '9') },
    database_parent: { type: 'workspace', workspace: true },
    is_inline: false,
    in_trash: false,
    archived: false,
    created_time: '2026-01-05T09:00:00.000Z',
    last_edited_time: '2026-11-20T09:00:00.000Z',
    created_by: USER,
    last_edited_by: USER,
    properties: {
      Name: { id: 'title', name: 'Name', description: null, type: 'title', title: {} },
      Status: {
        id: 'st%3A1',
        name: 'Status',
        description: null,
        type: 'status',
        status: {
          options: [
            { id: 'o1', name: 'Draft', color: 'gray', description: null },
            { id: 'o2', name: 'In review', color: 'blue', description: null },
            { id: 'o3', name: 'Done', color: 'green', description: null },
          ],
          groups: [{ id: 'g1', name: 'Complete', color: 'green', option_ids: ['o3'] }],
        },
      },
      Completed: { id: 'cp%3A1', name: 'Completed', description: null, type: 'date', date: {} },
    },
    icon: null,
    cover: null,
    url: `https://www.notion.so/${id.replace(/-/g, '')}`,
    public_url: null,
  };
}

function page(
  id: string,
  dataSourceId: string,
  title: string,
  created: string,
  status: string,
  completed: string | null
): PageObjectResponse {
  const slug = `${title.replace(/\W+/g, '-')}-${id.slice(-6)}`;
  return {
    object: 'page',
    id,
    created_time: created,
    last_edited_time: completed ? `${completed.slice(0, 10)}T12:00:00.000Z` : '2026-11-20T12:00:00.000Z',
    in_trash: false,
    archived: false,
    is_archived: false,
    is_locked: false,
    url: `https://www.notion.so/${slug}`,
    public_url: null,
    parent: { type: 'data_source_id', data_source_id: dataSourceId, database_id: dataSourceId.replace(/.$/, '9') },
    properties: {
      Name: { id: 'title', type: 'title', title: [rich(title)] },
      Status: {
        id: 'st%3A1',
        type: 'status',
        status: { id: `s-${status}`, name: status, color: status === 'Done' ? 'green' : 'gray' },
      },
      Completed: {
        id: 'cp%3A1',
        type: 'date',
        date: completed ? { start: completed, end: null, time_zone: null } : null,
      },
    },
    icon: null,
    cover: null,
    created_by: USER,
    last_edited_by: USER,
  };
}

function list(results: PageObjectResponse[], next: string | null): QueryDataSourceResponse {
  return {
    object: 'list',
    type: 'page_or_data_source',
    page_or_data_source: {},
    results,
    next_cursor: next,
    has_more: next !== null,
  };
}

/** Expected answers are in the tests: PRD "Checkout redesign" also lives in Asana (task 301, linked by URL). */
export const NOTION_ROUTES = {
  'GET /v1/users/me': {
    status: 200,
    body: {
      object: 'user',
      id: 'b0b0b0b0-0000-4000-8000-000000000bot',
      type: 'bot',
      name: 'Team Metrics',
      avatar_url: null,
      bot: { owner: { type: 'workspace', workspace: true }, workspace_name: 'Acme' },
    },
  },
  [`GET /v1/data_sources/${PRD_DS}`]: { status: 200, body: dataSource(PRD_DS, 'PRDs') satisfies GetDataSourceResponse },
  [`GET /v1/data_sources/${FSD_DS}`]: { status: 200, body: dataSource(FSD_DS, 'FSDs') satisfies GetDataSourceResponse },
  [`POST /v1/data_sources/${PRD_DS}/query`]: {
    status: 200,
    body: list(
      [
        page(
          'aaaaaaaa-0000-4000-8000-000000aaa111',
          PRD_DS,
          'Checkout redesign',
          '2026-10-01T08:00:00.000Z',
          'Done',
          '2026-10-14'
        ),
        page(
          'bbbbbbbb-0000-4000-8000-000000bbb222',
          PRD_DS,
          'Pricing page',
          '2026-10-10T08:00:00.000Z',
          'Done',
          '2026-11-02'
        ),
        page(
          'cccccccc-0000-4000-8000-000000ccc333',
          PRD_DS,
          'Referral program',
          '2026-10-20T08:00:00.000Z',
          'In review',
          null
        ),
      ],
      null
    ),
  },
  [`POST /v1/data_sources/${FSD_DS}/query`]: {
    status: 200,
    body: list(
      [
        page(
          'dddddddd-0000-4000-8000-000000ddd444',
          FSD_DS,
          'Payments FSD',
          '2026-10-02T08:00:00.000Z',
          'Done',
          '2026-10-20'
        ),
      ],
      'cursor-fsd-2'
    ),
  },
  [`POST /v1/data_sources/${FSD_DS}/query?start_cursor=cursor-fsd-2`]: {
    status: 200,
    body: list(
      [
        page(
          'eeeeeeee-0000-4000-8000-000000eee555',
          FSD_DS,
          'Refunds FSD',
          '2026-10-25T08:00:00.000Z',
          'Done',
          '2026-11-03'
        ),
      ],
      null
    ),
  },
  'POST /v1/search': {
    status: 200,
    body: {
      object: 'list',
      type: 'page_or_data_source',
      page_or_data_source: {},
      results: [dataSource(PRD_DS, 'PRDs'), dataSource(FSD_DS, 'FSDs')],
      next_cursor: null,
      has_more: false,
    } satisfies SearchResponse,
  },
  'GET /v1/data_sources/ds-missing': {
    status: 404,
    body: {
      object: 'error',
      status: 404,
      code: 'object_not_found',
      message:
        'Could not find data_source with ID: ds-missing. Make sure the relevant pages and databases are shared with your integration.',
    },
  },
} satisfies Record<string, { status: number; body: object }>;

export const NOTION_DOUBLE = {
  description:
    'Notion API double shared by the jest contract tests (msw) and the Go host e2e tests. Keys: "<METHOD> <path>[?start_cursor=<cursor>]" (the cursor comes from the JSON body of a query). Generated from notionDouble.ts (typed by @notionhq/client).',
  routes: NOTION_ROUTES,
};
