/**
 * Answers a QueryDataRequest query by query: each query gets its own DataResponse, and one failing
 * query (bad JSON, unknown metric, failing source) never affects the others.
 */
import type { Frame } from './frames/frame';
import { QueryError } from './errors';
import type { Logger } from './logger';
import { memoKey } from './memoKey';
import { queryJson } from './queryJson';
import type { DataQuery, DataResponse, PluginContext, QueryDataRequest, QueryDataResponse } from './messages';
import type { PluginMetrics } from './pluginMetrics';
import { encodeFrames, type QueryMemo } from './queryMemo';

export type QueryHandler = (query: DataQuery, context: PluginContext) => Promise<Frame[]>;

/**
 * Names what a query's answer depends on besides the DataQuery itself (data source instance, data
 * generation), or undefined when the answer may change without the query changing (never memoized).
 * `model` is the query's parsed JSON.
 */
export type MemoScope = (query: DataQuery, model: Readonly<Record<string, unknown>>, context: PluginContext) => string | undefined;

export interface Memoization {
  memo: QueryMemo;
  scope: MemoScope;
}

const OK = 200;

function errorResponse(error: QueryError): DataResponse {
  return { frames: [], error: error.message, status: error.status, errorSource: error.source };
}

export async function answerQueryData(
  request: QueryDataRequest,
  handle: QueryHandler,
  metrics: PluginMetrics,
  logger: Logger,
  memoization?: Memoization
): Promise<QueryDataResponse> {
  const context = request.pluginContext;
  const responses: Record<string, DataResponse> = {};
  if (!context) {
    for (const query of request.queries) {
      responses[query.refId] = errorResponse(new QueryError('request carries no plugin context', 400, 'plugin'));
    }
    return { responses };
  }
  const memoKeyOf = (query: DataQuery): string | undefined => {
    const json = memoization && queryJson(query.json);
    const scope = json && memoization.scope(query, json.model, context);
    return json && scope !== undefined ? memoKey(query, json, scope) : undefined;
  };
  const answer = (query: DataQuery): Promise<Uint8Array[]> => {
    const key = memoKeyOf(query);
    if (!memoization || key === undefined) {
      return handle(query, context).then((frames) => encodeFrames(frames, query.refId));
    }
    return memoization.memo.answer(key, query.refId, () => handle(query, context), (outcome) => metrics.queryMemo.inc({ outcome }));
  };
  await Promise.all(
    request.queries.map(async (query) => {
      const queryType = query.queryType || 'unknown';
      const stopTimer = metrics.queryDuration.startTimer({ query_type: queryType });
      metrics.queries.inc({ query_type: queryType });
      try {
        responses[query.refId] = {
          frames: await answer(query),
          error: '',
          status: OK,
          errorSource: '',
        };
      } catch (err) {
        const error =
          err instanceof QueryError
            ? err
            : new QueryError(`internal error while answering the query: ${err instanceof Error ? err.message : String(err)}`, 500, 'plugin');
        if (!(err instanceof QueryError)) {
          logger.error('query failed unexpectedly', { refId: query.refId, queryType, error: err instanceof Error ? err.stack : String(err) });
        }
        metrics.queryErrors.inc({ query_type: queryType, error_source: error.source });
        responses[query.refId] = errorResponse(error);
      } finally {
        stopTimer();
      }
    })
  );
  return { responses };
}
