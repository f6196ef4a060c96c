import { Root, parse, type Type } from 'protobufjs';

import type {
  CallResourceRequest,
  CallResourceResponse,
  CheckHealthRequest,
  CheckHealthResponse,
  CollectMetricsResponse,
  QueryDataRequest,
  QueryDataResponse,
} from '../messages';
import goPluginProto from './goplugin.proto';
import { nestedType, queryDataRequestDecoder } from './queryDataRequest';
import { encodeQueryDataResponse } from './queryDataResponse';
import healthProto from './health.proto';
import pluginV2Proto from './pluginv2.proto';

/**
 * Decoded shapes: the SDK's camelCase field names as written, int64 as JS numbers (all our int64s are
 * epoch milliseconds, ids or sizes, far below 2^53), bytes as Buffer, enums as numbers, and defaults
 * filled so absent fields read as '' / 0 / [] like in Go (absent messages read as null).
 */
const DECODED_SHAPE = { longs: Number, enums: Number, bytes: Buffer, defaults: true, oneofs: true };

export interface MessageCodec<T> {
  decode(bytes: Uint8Array): T;
  /** The encoded message, starting `headroom` bytes into the buffer (room for a transport prefix). */
  encode(message: T, headroom?: number): Buffer;
}

/** One RPC: its HTTP/2 path ("/package.Service/Method") and message codecs. */
export interface RpcMethod<Req, Res> {
  path: string;
  request: MessageCodec<Req>;
  response: MessageCodec<Res>;
}

export function codec<T>(type: Type): MessageCodec<T> {
  return {
    decode: (bytes) => type.toObject(type.decode(bytes), DECODED_SHAPE) as T,
    encode: (message, headroom = 0) => {
      const bytes = type.encode(type.fromObject(message as Record<string, unknown>)).finish();
      const out = Buffer.allocUnsafe(headroom + bytes.length);
      out.set(bytes, headroom);
      return out;
    },
  };
}

function rpc<Req, Res>(root: Root, service: string, name: string): RpcMethod<Req, Res> {
  const method = root.lookupService(service).methods[name];
  if (!method) {
    throw new Error(`protocol definition has no method ${service}.${name}`);
  }
  method.resolve();
  return {
    path: `/${service}/${name}`,
    request: codec<Req>(method.resolvedRequestType!),
    response: codec<Res>(method.resolvedResponseType!),
  };
}

type Empty = Record<string, never>;

export interface Protocol {
  queryData: RpcMethod<QueryDataRequest, QueryDataResponse>;
  checkHealth: RpcMethod<CheckHealthRequest, CheckHealthResponse>;
  collectMetrics: RpcMethod<Empty, CollectMetricsResponse>;
  callResource: RpcMethod<CallResourceRequest, CallResourceResponse>;
  /** go-plugin's controller, stdio stream and the standard health service. */
  shutdown: RpcMethod<Empty, Empty>;
  streamStdio: RpcMethod<Empty, Empty>;
  healthCheck: RpcMethod<{ service: string }, { status: number }>;
}

/** QueryData with its faster request decoder and response encoder (queryDataRequest.ts, queryDataResponse.ts). */
function queryDataRpc(root: Root): RpcMethod<QueryDataRequest, QueryDataResponse> {
  const generic = rpc<QueryDataRequest, QueryDataResponse>(root, 'pluginv2.Data', 'QueryData');
  const requestType = root.lookupType('pluginv2.QueryDataRequest');
  const decode = queryDataRequestDecoder(codec(nestedType(requestType, 'pluginContext')), codec(nestedType(requestType, 'queries')));
  return { ...generic, request: { ...generic.request, decode }, response: { ...generic.response, encode: encodeQueryDataResponse } };
}

export function loadProtocol(): Protocol {
  const root = new Root();
  for (const source of [pluginV2Proto, goPluginProto, healthProto]) {
    parse(source, root, { keepCase: true });
  }
  root.resolveAll();
  return {
    queryData: queryDataRpc(root),
    checkHealth: rpc(root, 'pluginv2.Diagnostics', 'CheckHealth'),
    collectMetrics: rpc(root, 'pluginv2.Diagnostics', 'CollectMetrics'),
    callResource: rpc(root, 'pluginv2.Resource', 'CallResource'),
    shutdown: rpc(root, 'plugin.GRPCController', 'Shutdown'),
    streamStdio: rpc(root, 'plugin.GRPCStdio', 'StreamStdio'),
    healthCheck: rpc(root, 'grpc.health.v1.Health', 'Check'),
  };
}
