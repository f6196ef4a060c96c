/**
 * GET sources/notion/<list> for the config editor:
 *   data_sources?query=   → { values: [{ value: id, label: "Database › Data source" }] }
 *   properties?data_source=<id> → { properties: [{ name, type, options: [...] }] }
 */
import { badRequest } from '../../protocol/errors';
import type { SourceResourceRequest } from '../types';
import type { NotionApi } from './client';
import { toNotionError } from './errors';

function optionsOf(property: { type: string } & Record<string, unknown>): string[] {
  const inner = property[property.type];
  if (typeof inner === 'object' && inner !== null && 'options' in inner && Array.isArray(inner.options)) {
    return inner.options
      .map((o: unknown) => (typeof o === 'object' && o !== null && 'name' in o ? String(o.name) : ''))
      .filter((n: string) => n !== '');
  }
  return [];
}

export async function notionResource(api: NotionApi, request: SourceResourceRequest): Promise<unknown> {
  switch (request.path.join('/')) {
    case 'data_sources':
    case 'databases': {
      const found = await api.searchDataSources(request.query.get('query') ?? '').catch((err: unknown) => {
        throw toNotionError(err, 'the search for data sources');
      });
      return { values: found.map((d) => ({ value: d.id, label: d.title.map((t) => t.plain_text).join('') || d.id })) };
    }
    case 'properties': {
      const id = request.query.get('data_source');
      if (!id) {
        throw badRequest('Notion: sources/notion/properties needs ?data_source=<id>.');
      }
      const ds = await api.getDataSource(id).catch((err: unknown) => {
        throw toNotionError(err, `data source ${id}`);
      });
      return {
        properties: Object.entries(ds.properties).map(([name, p]) => ({
          name,
          type: p.type,
          options: optionsOf(p as unknown as { type: string } & Record<string, unknown>),
        })),
      };
    }
    default:
      return undefined;
  }
}
