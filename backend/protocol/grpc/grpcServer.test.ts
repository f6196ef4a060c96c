import { Client, credentials, status, type ServiceError } from '@grpc/grpc-js';

import { createLogger } from '../logger';
import { frameMessage } from './framing';
import { startGrpcServer, type GrpcMethod, type GrpcServer, type StreamCall } from './grpcServer';
import { GrpcError, GrpcStatus } from './status';

// A real gRPC client (grpc-js) against the server: framing, status trailers and streams as any client sees them.
const identity = (b: Buffer) => b;

describe('startGrpcServer', () => {
  let server: GrpcServer;
  let client: Client;
  const held: StreamCall[] = [];

  const methods: Record<string, GrpcMethod> = {
    '/test.S/Reverse': { kind: 'unary', handle: async (request) => frameMessage(Buffer.from(request).reverse()) },
    '/test.S/Exhausted': {
      kind: 'unary',
      handle: async () => {
        throw new GrpcError(GrpcStatus.RESOURCE_EXHAUSTED, 'quota: 100%\nnächste Stunde');
      },
    },
    '/test.S/Bug': {
      kind: 'unary',
      handle: async () => {
        throw new TypeError('x is undefined');
      },
    },
    '/test.S/Twice': {
      kind: 'serverStream',
      handle: (request, call) => {
        call.write(request);
        call.write(Buffer.from('second'));
        call.end();
      },
    },
    '/test.S/Hold': { kind: 'serverStream', handle: (_request, call) => void held.push(call) },
  };

  beforeAll(async () => {
    server = await startGrpcServer({ host: '127.0.0.1', methods, maxReceiveBytes: 1024, logger: createLogger(() => undefined) });
    client = new Client(`127.0.0.1:${server.port}`, credentials.createInsecure());
  });

  afterAll(() => client.close());

  const unary = (path: string, body: Buffer, c = client) =>
    new Promise<Buffer>((resolve, reject) => c.makeUnaryRequest(path, identity, identity, body, (err, res) => (err ? reject(err) : resolve(res!))));

  const failure = (path: string, body = Buffer.from('x'), c = client) =>
    unary(path, body, c).then(
      () => {
        throw new Error('expected the call to fail');
      },
      (err: ServiceError) => ({ code: err.code, details: err.details })
    );

  it('answers unary calls, many at once', async () => {
    const bodies = Array.from({ length: 200 }, (_, i) => Buffer.from(`call ${i}`));
    const answers = await Promise.all(bodies.map((b) => unary('/test.S/Reverse', b)));
    expect(answers.map((a) => a.toString())).toEqual(bodies.map((b) => Buffer.from(b).reverse().toString()));
  });

  it('answers an empty message', async () => {
    expect(await unary('/test.S/Reverse', Buffer.alloc(0))).toEqual(Buffer.alloc(0));
  });

  it('sends a GrpcError’s own code, and its message intact through the percent-encoded trailer', async () => {
    expect(await failure('/test.S/Exhausted')).toEqual({ code: status.RESOURCE_EXHAUSTED, details: 'quota: 100%\nnächste Stunde' });
  });

  it('turns any other error into INTERNAL', async () => {
    expect(await failure('/test.S/Bug')).toEqual({ code: status.INTERNAL, details: 'x is undefined' });
  });

  it('answers UNIMPLEMENTED for methods it does not have', async () => {
    expect((await failure('/test.S/Nope')).code).toBe(status.UNIMPLEMENTED);
  });

  it('refuses requests above the size limit', async () => {
    expect((await failure('/test.S/Reverse', Buffer.alloc(4096))).code).toBe(status.RESOURCE_EXHAUSTED);
  });

  it('refuses compressed requests instead of misreading them', async () => {
    const gzip = new Client(`127.0.0.1:${server.port}`, credentials.createInsecure(), { 'grpc.default_compression_algorithm': 2 });
    expect((await failure('/test.S/Reverse', Buffer.from('x'.repeat(100)), gzip)).code).toBe(status.UNIMPLEMENTED);
    gzip.close();
  });

  it('streams every message of a server-streaming call, then status OK', async () => {
    const call = client.makeServerStreamRequest('/test.S/Twice', identity, identity, Buffer.from('first'));
    const messages: string[] = [];
    call.on('data', (m: Buffer) => messages.push(m.toString()));
    const code = await new Promise<number>((resolve) => call.on('status', (s) => resolve(s.code)));
    expect(messages).toEqual(['first', 'second']);
    expect(code).toBe(status.OK);
  });

  it('ends held-open streams on shutdown, then closes', async () => {
    const call = client.makeServerStreamRequest('/test.S/Hold', identity, identity, Buffer.alloc(0));
    call.on('data', () => undefined);
    const ended = new Promise<number>((resolve) => call.on('status', (s) => resolve(s.code)));
    await waitFor(() => held.length === 1);
    await server.shutdown(1_000);
    expect(await ended).toBe(status.OK);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
