/**
 * Answers a QueryDataRequest query by query: each query gets its own DataResponse, and one failing
 * query (bad JSON, unknown metric, failing source) never affects the others.
 */
import { encodeArrowFrame } from './frames/arrowFrame';
import type { Frame } from './frames/frame';
import { QueryError } from './errors';
import type { Logger } from './logger';
import type { DataQuery, DataResponse, PluginContext, QueryDataRequest, QueryDataResponse } from './messages';
import type { PluginMetrics } from './pluginMetrics';

export type QueryHandler = (query: DataQuery, context: PluginContext) => Promise<Frame[]>;

const OK = 200;

function errorResponse(error: QueryError): DataResponse {
  return { frames: [], error: error.message, status: error.status, errorSource: error.source };
}

export async function answerQueryData(
  request: QueryDataRequest,
  handle: QueryHandler,
  metrics: PluginMetrics,
  logger: Logger
): Promise<QueryDataResponse> {
  const context = request.pluginContext;
  const responses: Record<string, DataResponse> = {};
  if (!context) {
    for (const query of request.queries) {
      responses[query.refId] = errorResponse(new QueryError('request carries no plugin context', 400, 'plugin'));
    }
    return { responses };
  }
  await Promise.all(
    request.queries.map(async (query) => {
      const queryType = query.queryType || 'unknown';
      const stopTimer = metrics.queryDuration.startTimer({ query_type: queryType });
      metrics.queries.inc({ query_type: queryType });
      try {
        const frames = await handle(query, context);
        responses[query.refId] = {
          frames: frames.map((frame) => encodeArrowFrame({ ...frame, refId: frame.refId || query.refId })),
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
