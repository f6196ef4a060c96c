/**
 * The plugin's gRPC server: pluginv2 Data/Diagnostics/Resource for Grafana, plus go-plugin's controller
 * (Shutdown), stdio stream and the standard health service. Plaintext HTTP/2 on loopback, as Grafana's
 * go-plugin client expects (no AutoMTLS).
 */
import { framedInPlace, PREFIX_BYTES } from './grpc/framing';
import { startGrpcServer, type GrpcMethod, type StreamCall } from './grpc/grpcServer';
import { GrpcError, GrpcStatus } from './grpc/status';
import { QueryError } from './errors';
import type { Logger } from './logger';
import { HealthStatus, type CallResourceRequest, type PluginContext } from './messages';
import type { PluginMetrics } from './pluginMetrics';
import { loadProtocol, type RpcMethod } from './proto';
import { answerQueryData, type MemoScope, type QueryHandler } from './queryData';
import { QueryMemo } from './queryMemo';
import { toCallResourceResponse, toResourceRequest, type ResourceRequest, type ResourceResponse } from './resource';

export interface HealthResult {
  status: 'ok' | 'error';
  message: string;
  details?: unknown;
}

export interface PluginHandlers {
  query: QueryHandler;
  /** Without it no query is memoized. */
  memoScope?: MemoScope;
  checkHealth(context: PluginContext): Promise<HealthResult>;
  callResource(request: ResourceRequest, context: PluginContext): Promise<ResourceResponse>;
}

export interface PluginServer {
  address: string;
  /** Stops serving and resolves when connections are closed (forced after `graceMs`). */
  shutdown(graceMs?: number): Promise<void>;
}

const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** Memo of identical queries: a dashboard's worth of panels per data source, a few MB at most. */
const MEMO_MAX_ENTRIES = 256;
const MEMO_MAX_BYTES = 16 * 1024 * 1024;

function unary<Req, Res>(logger: Logger, rpc: RpcMethod<Req, Res>, run: (request: Req) => Promise<Res>): GrpcMethod {
  const name = rpc.path.slice(rpc.path.lastIndexOf('/') + 1);
  return {
    kind: 'unary',
    handle: async (bytes) => {
      try {
        return framedInPlace(rpc.response.encode(await run(rpc.request.decode(bytes)), PREFIX_BYTES));
      } catch (err) {
        logger.error(`${name} failed`, { error: err instanceof Error ? err.stack : String(err) });
        throw new GrpcError(GrpcStatus.INTERNAL, `${name} failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
  };
}

export async function startPluginServer(options: {
  handlers: PluginHandlers;
  metrics: PluginMetrics;
  logger: Logger;
  /** Called after a Shutdown RPC, once the reply has been sent. */
  onShutdownRequested: () => void;
  host?: string;
}): Promise<PluginServer> {
  const { handlers, metrics, logger } = options;
  const protocol = loadProtocol();
  const { callResource } = protocol;
  const memoization = handlers.memoScope && { memo: new QueryMemo(MEMO_MAX_ENTRIES, MEMO_MAX_BYTES), scope: handlers.memoScope };

  const resource = async (request: CallResourceRequest): Promise<ResourceResponse> => {
    const context = request.pluginContext;
    if (!context) {
      return { status: 400, json: { error: 'request carries no plugin context' } };
    }
    try {
      return await handlers.callResource(toResourceRequest(request), context);
    } catch (err) {
      if (err instanceof QueryError) {
        return { status: err.status, json: { error: err.message, errorSource: err.source } };
      }
      logger.error('resource call failed', { path: request.path, error: err instanceof Error ? err.stack : String(err) });
      return { status: 500, json: { error: 'internal error in the Team Metrics plugin; see the Grafana server log' } };
    }
  };

  const methods: Record<string, GrpcMethod> = {
    [protocol.queryData.path]: unary(logger, protocol.queryData, (request) => answerQueryData(request, handlers.query, metrics, logger, memoization)),
    [protocol.checkHealth.path]: unary(logger, protocol.checkHealth, async (request) => {
      if (!request.pluginContext) {
        return { status: HealthStatus.ERROR, message: 'request carries no plugin context', jsonDetails: Buffer.alloc(0) };
      }
      const result = await handlers.checkHealth(request.pluginContext);
      return {
        status: result.status === 'ok' ? HealthStatus.OK : HealthStatus.ERROR,
        message: result.message,
        jsonDetails: result.details === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(result.details)),
      };
    }),
    [protocol.collectMetrics.path]: unary(logger, protocol.collectMetrics, async () => ({
      metrics: { prometheus: Buffer.from(await metrics.registry.metrics()) },
    })),
    // Grafana takes status and headers from the first message only, and needs at least one message.
    [callResource.path]: {
      kind: 'serverStream',
      handle: (bytes: Buffer, call: StreamCall) => {
        const request = callResource.request.decode(bytes);
        void resource(request)
          .then((response) => callResource.response.encode(toCallResourceResponse(response)))
          .catch((err: unknown) => {
            logger.error('resource response could not be encoded', { path: request.path, error: err instanceof Error ? err.stack : String(err) });
            return callResource.response.encode(toCallResourceResponse({ status: 500, json: { error: 'internal error in the Team Metrics plugin; see the Grafana server log' } }));
          })
          .then((message) => {
            call.write(message);
            call.end();
          });
      },
    },
    [protocol.shutdown.path]: unary(logger, protocol.shutdown, async () => {
      logger.info('shutdown requested by Grafana');
      setImmediate(options.onShutdownRequested);
      return {};
    }),
    // Held open without sending: we log through stderr, which go-plugin reads directly. Ended on shutdown.
    [protocol.streamStdio.path]: { kind: 'serverStream', handle: () => undefined },
    [protocol.healthCheck.path]: unary(logger, protocol.healthCheck, async () => ({ status: 1 })),
  };

  const host = options.host ?? '127.0.0.1';
  const server = await startGrpcServer({ host, methods, maxReceiveBytes: MAX_MESSAGE_BYTES, logger });
  return {
    address: `${host}:${server.port}`,
    shutdown: (graceMs = 500) => server.shutdown(graceMs),
  };
}
