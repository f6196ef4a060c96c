/**
 * A small gRPC server on node:http2: unary and server-streaming methods, plaintext HTTP/2 with prior
 * knowledge (what go-plugin dials), identity encoding only. It replaces @grpc/grpc-js, whose per-call
 * machinery (interceptors, metadata objects, filters, channelz) cost about three times our whole cached
 * answer. Deadlines are left to the client, which cancels the stream; the handlers have their own.
 */
import { constants, createServer, type Http2Session, type IncomingHttpHeaders, type ServerHttp2Stream } from 'node:http2';

import type { Logger } from '../logger';
import { frameMessage, readSingleMessage, type FramedMessage } from './framing';
import { encodeGrpcMessage, GrpcError, GrpcStatus, type GrpcStatusCode } from './status';

export type UnaryMethod = { kind: 'unary'; handle: (request: Buffer) => Promise<FramedMessage> };

/** One server-streaming call: write messages, then end (status OK). Ended by the server on shutdown. */
export interface StreamCall {
  write(message: Uint8Array): void;
  end(): void;
}

export type ServerStreamMethod = { kind: 'serverStream'; handle: (request: Buffer, call: StreamCall) => void };

export type GrpcMethod = UnaryMethod | ServerStreamMethod;

export interface GrpcServer {
  port: number;
  /** Ends open streams, lets running calls finish, and resolves once every connection is closed (forced after graceMs). */
  shutdown(graceMs: number): Promise<void>;
}

const RESPONSE_HEADERS = { ':status': 200, 'content-type': 'application/grpc' };
const OK_TRAILERS = { 'grpc-status': '0' };

function isOpen(stream: ServerHttp2Stream): boolean {
  return !stream.destroyed && !stream.closed;
}

/** A status without a response message: HTTP/2 "Trailers-Only", one HEADERS frame ending the stream. */
function respondWithStatus(stream: ServerHttp2Stream, code: GrpcStatusCode, message: string): void {
  if (!isOpen(stream)) {
    return;
  }
  if (stream.headersSent) {
    stream.end();
    return;
  }
  stream.respond({ ...RESPONSE_HEADERS, 'grpc-status': String(code), 'grpc-message': encodeGrpcMessage(message) }, { endStream: true });
}

function respondWithMessage(stream: ServerHttp2Stream, message: FramedMessage): void {
  if (!isOpen(stream)) {
    return;
  }
  stream.respond(RESPONSE_HEADERS, { waitForTrailers: true });
  stream.once('wantTrailers', () => stream.sendTrailers(OK_TRAILERS));
  stream.end(message);
}

function streamCall(stream: ServerHttp2Stream, open: Set<StreamCall>): StreamCall {
  const start = () => {
    if (!stream.headersSent) {
      stream.respond(RESPONSE_HEADERS, { waitForTrailers: true });
      stream.once('wantTrailers', () => stream.sendTrailers(OK_TRAILERS));
    }
  };
  const call: StreamCall = {
    write: (message) => {
      if (isOpen(stream)) {
        start();
        stream.write(frameMessage(message));
      }
    },
    end: () => {
      open.delete(call);
      if (isOpen(stream)) {
        start();
        stream.end();
      }
    },
  };
  open.add(call);
  stream.once('close', () => open.delete(call));
  return call;
}

export async function startGrpcServer(options: {
  host: string;
  methods: Readonly<Record<string, GrpcMethod>>;
  maxReceiveBytes: number;
  logger: Logger;
}): Promise<GrpcServer> {
  const { methods, maxReceiveBytes, logger } = options;
  const sessions = new Set<Http2Session>();
  const openCalls = new Set<StreamCall>();
  const server = createServer({
    // The defaults (10 MB session memory) answer bursts of large frames with ENHANCE_YOUR_CALM; grpc-js lifts them too.
    maxSessionMemory: Number.MAX_SAFE_INTEGER,
    maxSendHeaderBlockLength: Number.MAX_SAFE_INTEGER,
  });

  const run = (method: GrpcMethod, stream: ServerHttp2Stream, body: Buffer) => {
    const request = readSingleMessage(body);
    if (method.kind === 'serverStream') {
      method.handle(request, streamCall(stream, openCalls));
      return;
    }
    method.handle(request).then(
      (response) => respondWithMessage(stream, response),
      (err: unknown) =>
        err instanceof GrpcError
          ? respondWithStatus(stream, err.code, err.message)
          : respondWithStatus(stream, GrpcStatus.INTERNAL, err instanceof Error ? err.message : String(err))
    );
  };

  const onStream = (stream: ServerHttp2Stream, headers: IncomingHttpHeaders) => {
    stream.on('error', (err) => logger.debug('gRPC stream error', { error: err.message }));
    const path = headers[':path'] ?? '';
    const method = methods[path];
    const encoding = headers['grpc-encoding'];
    if (!method || (encoding !== undefined && encoding !== 'identity')) {
      respondWithStatus(stream, GrpcStatus.UNIMPLEMENTED, method ? `message encoding "${String(encoding)}" is not supported` : `unknown method ${path}`);
      stream.resume(); // drain whatever the client still sends
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    stream.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxReceiveBytes) {
        respondWithStatus(stream, GrpcStatus.RESOURCE_EXHAUSTED, `request larger than ${maxReceiveBytes} bytes`);
        stream.close(constants.NGHTTP2_NO_ERROR);
        return;
      }
      chunks.push(chunk);
    });
    stream.once('end', () => {
      if (!isOpen(stream)) {
        return;
      }
      try {
        run(method, stream, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
      } catch (err) {
        respondWithStatus(stream, err instanceof GrpcError ? err.code : GrpcStatus.INTERNAL, err instanceof Error ? err.message : String(err));
      }
    });
  };

  server.on('stream', onStream);
  server.on('session', (session) => {
    sessions.add(session);
    session.once('close', () => sessions.delete(session));
    session.on('error', (err) => logger.debug('HTTP/2 session error', { error: err.message }));
  });
  server.on('sessionError', (err) => logger.debug('HTTP/2 session error', { error: err.message }));

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, options.host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });

  return {
    port,
    shutdown: (graceMs) =>
      new Promise<void>((resolve) => {
        for (const call of [...openCalls]) {
          call.end();
        }
        const timer = setTimeout(() => {
          for (const session of sessions) {
            session.destroy();
          }
          resolve();
        }, graceMs);
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        for (const session of sessions) {
          session.close();
        }
      }),
  };
}
