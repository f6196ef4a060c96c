/**
 * Resource routes for the frontend (query editor option lists, catalog, source status):
 *   GET catalog                 → { metrics: CatalogEntry[] } with this data source's target/owner overrides
 *   GET options/<kind>?repo=..  → { values: [{ value, label }] }
 *   GET sources                 → { sources: SourceState[] }
 *   GET sources/<name>/<path>   → a provider's own lists (e.g. sources/github/workflows?repo=acme/api)
 *   GET health                  → { status: 'ok', version }
 *   GET sync                    → SyncStatusResponse: the store and each synced source's state
 *   POST sync/<source>          → starts a sync of the source now; SyncStatusResponse
 */
import { CATALOG } from '../../common/catalog';
import type { CatalogEntry } from '../../common/catalog/types';
import { FILTER_KEYS, VARIABLE_KINDS, type QueryFilters, type VariableKind } from '../../common/query';
import { MS_PER_DAY } from '../engine/lib/constants';
import type { ResourceRequest, ResourceResponse } from '../protocol/resource';
import { isSyncedSource } from '../sync/syncSettings';
import type { DataSourceInstance } from './dataSourceInstance';
import { optionValues } from './handlers/dimensionValues';
import type { QueryContext } from './queryContext';

/** Option lists without a dashboard time range look at the last 90 days. */
const OPTIONS_WINDOW_MS = 90 * MS_PER_DAY;

export const PLUGIN_VERSION = process.env.TEAMMETRICS_VERSION ?? '0.1.0';

function withOverrides(entry: CatalogEntry, instance: DataSourceInstance): CatalogEntry {
  const override = instance.config.jsonData.targets?.[entry.id];
  if (!override) {
    return entry;
  }
  return {
    ...entry,
    owner: override.owner || entry.owner,
    target:
      override.target !== undefined
        ? { ...(entry.target ?? { period: 'period' }), value: override.target }
        : entry.target,
  };
}

function filtersFrom(query: URLSearchParams): QueryFilters {
  const filters: QueryFilters = {};
  for (const key of FILTER_KEYS) {
    const values = query
      .getAll(key)
      .flatMap((v) => v.split(','))
      .filter((v) => v !== '');
    if (values.length > 0) {
      filters[key] = values;
    }
  }
  return filters;
}

const notFound = (path: string): ResourceResponse => ({
  status: 404,
  json: {
    error: `No resource "${path}". Known: catalog, options/<${VARIABLE_KINDS.join('|')}>, sources, sources/<source>/..., health, sync.`,
  },
});

/** POST sync/<source>: the one route that changes something. */
async function startSync(path: string[], instance: DataSourceInstance | undefined): Promise<ResourceResponse> {
  const name = path[1];
  if (path[0] !== 'sync' || path.length !== 2 || !isSyncedSource(name)) {
    return { status: 404, json: { error: 'POST is accepted only on sync/<github|asana|notion|ga4|hubspot>.' } };
  }
  if (!instance?.store) {
    return { status: 409, json: { error: 'The store is off for this data source (Store & sync settings), so there is nothing to sync.' } };
  }
  if (!(await instance.store.status()).sources.some((s) => s.source === name)) {
    return { status: 409, json: { error: `${name} is not enabled on this data source, so it is not synced.` } };
  }
  return { status: 202, json: await instance.store.runNow(name) };
}

export async function handleResource(
  request: ResourceRequest,
  context: QueryContext | undefined
): Promise<ResourceResponse> {
  const instance = context?.instance;
  if (request.method === 'POST') {
    return startSync(request.path.split('/'), instance);
  }
  if (request.method !== 'GET') {
    return { status: 405, json: { error: `Method ${request.method} not allowed; resources are read-only (GET), except POST sync/<source>.` } };
  }
  const [head, ...rest] = request.path.split('/');
  switch (head) {
    case 'sync':
      return { status: 200, json: (await instance?.store?.status()) ?? { store: { mode: 'off' }, sources: [] } };
    case 'health':
      return { status: 200, json: { status: 'ok', version: PLUGIN_VERSION } };
    case 'catalog':
      return { status: 200, json: { metrics: instance ? CATALOG.map((e) => withOverrides(e, instance)) : CATALOG } };
    case 'sources': {
      if (rest.length === 0) {
        return { status: 200, json: { sources: instance?.sourceStates() ?? [] } };
      }
      const source = instance?.sources.find((s) => s.name === rest[0]);
      const body =
        source?.resource && context
          ? await source.resource({ path: rest.slice(1), query: request.query }, context.source)
          : undefined;
      return body === undefined ? notFound(request.path) : { status: 200, json: body };
    }
    case 'options': {
      const kind = rest[0] as VariableKind;
      if (rest.length !== 1 || !VARIABLE_KINDS.includes(kind)) {
        return notFound(request.path);
      }
      if (!context) {
        return { status: 400, json: { error: 'Option lists need a saved data source.' } };
      }
      const window = { from: context.source.now - OPTIONS_WINDOW_MS, to: context.source.now };
      return { status: 200, json: { values: await optionValues(context, kind, filtersFrom(request.query), window) } };
    }
    default:
      return notFound(request.path);
  }
}
