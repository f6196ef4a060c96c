/**
 * The only file that imports the Notion SDK (@notionhq/client 5, Notion-Version 2025-09-03: databases are read
 * through data sources). One SDK client per fetch, so its fetch sees the query's signal and telemetry, and its
 * built-in retry (429/529 with Retry-After, 5xx on GET) never waits past the deadline: a Retry-After beyond it
 * fails at once with NotionRateLimitedError. SDK errors become NotionHttpError.
 */
import {
  APIResponseError,
  Client,
  isFullDataSource,
  isFullPage,
  LogLevel,
  RequestTimeoutError,
  type DataSourceObjectResponse,
  type PageObjectResponse,
  type QueryDataSourceParameters,
} from '@notionhq/client';

export type {
  DataSourceObjectResponse,
  PageObjectResponse,
  QueryDataSourceResponse,
  GetDataSourceResponse,
  SearchResponse,
} from '@notionhq/client';
export type NotionFilter = NonNullable<QueryDataSourceParameters['filter']>;

export class NotionHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = 'NotionHttpError';
  }
}

export class NotionRateLimitedError extends Error {
  constructor(readonly until: number) {
    super('Notion rate limit past the deadline');
    this.name = 'NotionRateLimitedError';
  }
}

export interface NotionApi {
  /** `properties`: ids of the page properties to return (filter_properties); all when undefined. */
  queryDataSource(
    id: string,
    filter: NotionFilter | undefined,
    cursor: string | undefined,
    properties?: string[]
  ): Promise<{ pages: PageObjectResponse[]; nextCursor: string | null }>;
  getDataSource(id: string): Promise<DataSourceObjectResponse>;
  searchDataSources(query: string): Promise<DataSourceObjectResponse[]>;
  me(): Promise<string>;
}

export interface NotionClientOptions {
  token: string;
  apiUrl?: string;
  /** Instant (clock ms) the whole fetch must end by. */
  deadline: number;
  signal: AbortSignal;
  onRequest: () => void;
  clock?: () => number;
  /** Receives the SDK's log lines (instead of the console, which is the plugin's stderr). */
  log?: (message: string, fields: Record<string, string>) => void;
  /** Base of the SDK's back-off; tests use 0. */
  initialRetryDelayMs?: number;
}

function retryAfterMs(headers: Headers, now: number): number | undefined {
  const value = headers.get('retry-after');
  if (!value) {
    return undefined;
  }
  const seconds = Number(value);
  return Number.isFinite(seconds) ? seconds * 1000 : Math.max(0, Date.parse(value) - now);
}

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (APIResponseError.isAPIResponseError(err)) {
      throw new NotionHttpError(err.status, err.code, err.message);
    }
    if (RequestTimeoutError.isRequestTimeoutError(err)) {
      throw new NotionHttpError(0, 'timeout', 'request timed out');
    }
    throw err;
  }
}

export function createNotionApi(options: NotionClientOptions): NotionApi {
  const clock = options.clock ?? Date.now;
  const remaining = () => Math.max(0, options.deadline - clock());
  const guardedFetch = async (
    url: string,
    init?: { body?: string | FormData; headers?: Record<string, string>; method?: string }
  ) => {
    options.onRequest();
    const response = await fetch(url, { ...init, signal: options.signal });
    if (response.status === 429) {
      const wait = retryAfterMs(response.headers, clock());
      if (wait !== undefined && wait > remaining()) {
        throw new NotionRateLimitedError(clock() + wait);
      }
    }
    return response;
  };
  const notion = new Client({
    auth: options.token,
    ...(options.apiUrl ? { baseUrl: options.apiUrl.replace(/\/+$/, '') } : {}),
    timeoutMs: Math.max(1, remaining()),
    fetch: guardedFetch,
    logLevel: LogLevel.WARN,
    logger: (level, message, extra) =>
      options.log?.(
        `notion ${level}: ${message}`,
        Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, String(v)]))
      ),
    retry: {
      maxRetries: 2,
      initialRetryDelayMs: options.initialRetryDelayMs ?? 500,
      maxRetryDelayMs: Math.max(0, remaining()),
    },
  });
  return {
    queryDataSource: (id, filter, cursor, properties) =>
      call(async () => {
        const res = await notion.dataSources.query({
          data_source_id: id,
          ...(properties ? { filter_properties: properties } : {}),
          page_size: 100,
          ...(filter ? { filter } : {}),
          ...(cursor ? { start_cursor: cursor } : {}),
        });
        return { pages: res.results.filter(isFullPage), nextCursor: res.has_more ? res.next_cursor : null };
      }),
    getDataSource: (id) =>
      call(async () => {
        const res = await notion.dataSources.retrieve({ data_source_id: id });
        if (!isFullDataSource(res)) {
          throw new NotionHttpError(403, 'restricted_resource', 'the integration sees only part of this data source');
        }
        return res;
      }),
    searchDataSources: (query) =>
      call(async () => {
        const res = await notion.search({
          query,
          filter: { property: 'object', value: 'data_source' },
          page_size: 100,
        });
        return res.results.filter(
          (r): r is DataSourceObjectResponse => r.object === 'data_source' && isFullDataSource(r)
        );
      }),
    me: () =>
      call(async () => {
        const me = await notion.users.me({});
        return me.name ?? me.id;
      }),
  };
}
