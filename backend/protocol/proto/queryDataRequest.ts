/**
 * QueryDataRequest decoding with the plugin context decoded once per distinct context: Grafana sends
 * the same context bytes (data source settings, user, config) with every query of a data source, and
 * they are most of each request. Everything else decodes exactly as the generic codec does.
 */
import { Reader, type Type } from 'protobufjs';

import type { DataQuery, PluginContext, QueryDataRequest } from '../messages';
import type { MessageCodec } from './index';

/** Distinct contexts remembered (data sources × users); past that the cache starts over. */
const MAX_CONTEXTS = 64;

const FIELD_PLUGIN_CONTEXT = 1;
const FIELD_HEADERS = 2;
const FIELD_QUERIES = 3;
const FIELD_FORMAT = 4;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
    Object.freeze(value);
  }
  return value;
}

function readMapEntry(reader: Reader, into: Record<string, string>): void {
  const end = reader.uint32() + reader.pos;
  let key = '';
  let value = '';
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1) {
      key = reader.string();
    } else if (tag >>> 3 === 2) {
      value = reader.string();
    } else {
      reader.skipType(tag & 7);
    }
  }
  into[key] = value;
}

/**
 * @param contextCodec decodes a PluginContext like the generic codec; its results are shared (frozen)
 * @param queryCodec decodes a DataQuery like the generic codec
 */
export function queryDataRequestDecoder(contextCodec: MessageCodec<PluginContext>, queryCodec: MessageCodec<DataQuery>): (bytes: Uint8Array) => QueryDataRequest {
  const contexts = new Map<string, PluginContext>();
  const contextOf = (bytes: Uint8Array): PluginContext => {
    const key = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    let context = contexts.get(key);
    if (!context) {
      // Decoded from a copy: the shared context must not keep the whole request buffer alive.
      context = deepFreeze(contextCodec.decode(Buffer.from(bytes)));
      if (contexts.size >= MAX_CONTEXTS) {
        contexts.clear();
      }
      contexts.set(key, context);
    }
    return context;
  };

  return (bytes) => {
    const reader = Reader.create(bytes);
    const request: QueryDataRequest = { pluginContext: null, headers: {}, queries: [], format: 0 };
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case FIELD_PLUGIN_CONTEXT:
          // Repeated occurrences of a message field merge in protobuf; Grafana never sends two, so the last wins.
          request.pluginContext = contextOf(reader.bytes());
          break;
        case FIELD_HEADERS:
          readMapEntry(reader, request.headers);
          break;
        case FIELD_QUERIES:
          request.queries.push(queryCodec.decode(reader.bytes()));
          break;
        case FIELD_FORMAT:
          request.format = reader.int32();
          break;
        default:
          reader.skipType(tag & 7);
      }
    }
    return request;
  };
}

/** The generic codec of `type`'s nested message at `field` (for the decoder above). */
export function nestedType(type: Type, field: string): Type {
  const nested = type.fields[field]?.resolvedType;
  if (!nested || !('fields' in nested)) {
    throw new Error(`protocol definition: ${type.name}.${field} is not a message`);
  }
  return nested as Type;
}
