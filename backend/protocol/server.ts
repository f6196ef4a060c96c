/**
 * The plugin's gRPC server: pluginv2 Data/Diagnostics/Resource for Grafana, plus go-plugin's controller
 * (Shutdown), stdio stream and the standard health service. Plaintext HTTP/2 on loopback, as Grafana's
 * go-plugin client expects (no AutoMTLS).
 */
import { Server, ServerCredentials, status as GrpcStatus, type ServerWritableStream, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';

import { QueryError } from './errors';
import type { Logger } from './logger';
import { HealthStatus, type CallResourceRequest, type CheckHealthRequest, type CheckHealthResponse, type PluginContext, type QueryDataRequest, type QueryDataResponse } from './messages';
import type { PluginMetrics } from './pluginMetrics';
import { loadProtocol } from './proto';
import { answerQueryData, type QueryHandler } from './queryData';
import { toCallResourceResponse, toResourceRequest, type ResourceRequest, type ResourceResponse } from './resource';

export interface HealthResult {
  status: 'ok' | 'error';
  message: string;
  details?: unknown;
}

export interface PluginHandlers {
  query: QueryHandler;
  checkHealth(context: PluginContext): Promise<HealthResult>;
  callResource(request: ResourceRequest, context: PluginContext): Promise<ResourceResponse>;
}

export interface PluginServer {
  address: string;
  /** Stops serving and resolves when connections are closed (forced after `graceMs`). */
  shutdown(graceMs?: number): Promise<void>;
}

const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

function unary<Req, Res>(logger: Logger, name: string, run: (request: Req) => Promise<Res>) {
  return (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>) => {
    run(call.request).then(
      (response) => callback(null, response),
      (err: unknown) => {
        logger.error(`${name} failed`, { error: err instanceof Error ? err.stack : String(err) });
        callback({ code: GrpcStatus.INTERNAL, details: `${name} failed: ${err instanceof Error ? err.message : String(err)}` });
      }
    );
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
  const server = new Server({
    'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': -1,
  });
  const stdioStreams = new Set<ServerWritableStream<unknown, unknown>>();

  server.addService(protocol.data.service, {
    QueryData: unary<QueryDataRequest, QueryDataResponse>(logger, 'QueryData', (request) =>
      answerQueryData(request, handlers.query, metrics, logger)
    ),
  });

  server.addService(protocol.diagnostics.service, {
    CheckHealth: unary<CheckHealthRequest, CheckHealthResponse>(logger, 'CheckHealth', async (request) => {
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
    CollectMetrics: unary(logger, 'CollectMetrics', async () => ({
      metrics: { prometheus: Buffer.from(await metrics.registry.metrics()) },
    })),
  });

  server.addService(protocol.resource.service, {
    CallResource: (call: ServerWritableStream<CallResourceRequest, unknown>) => {
      const request = call.request;
      const context = request.pluginContext;
      const run = async (): Promise<ResourceResponse> => {
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
      // Grafana takes status and headers from the first message only, and needs at least one message.
      void run().then((response) => {
        call.write(toCallResourceResponse(response));
        call.end();
      });
    },
  });

  server.addService(protocol.controller.service, {
    Shutdown: (_call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => {
      logger.info('shutdown requested by Grafana');
      callback(null, {});
      setImmediate(options.onShutdownRequested);
    },
  });

  server.addService(protocol.stdio.service, {
    // Held open without sending: we log through stderr, which go-plugin reads directly.
    StreamStdio: (call: ServerWritableStream<unknown, unknown>) => {
      stdioStreams.add(call);
      call.on('cancelled', () => stdioStreams.delete(call));
    },
  });

  server.addService(protocol.health.service, {
    Check: (_call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => callback(null, { status: 1 }),
  });

  const host = options.host ?? '127.0.0.1';
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${host}:0`, ServerCredentials.createInsecure(), (err, boundPort) => (err ? reject(err) : resolve(boundPort)))
  );

  return {
    address: `${host}:${port}`,
    shutdown: (graceMs = 500) =>
      new Promise<void>((resolve) => {
        for (const stream of stdioStreams) {
          stream.end();
        }
        const timer = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, graceMs);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}
