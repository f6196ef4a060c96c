import { fromJSON, type PackageDefinition } from '@grpc/proto-loader';
import { loadPackageDefinition, type GrpcObject, type ServiceClientConstructor } from '@grpc/grpc-js';
import { Root, parse } from 'protobufjs';

import goPluginProto from './goplugin.proto';
import healthProto from './health.proto';
import pluginV2Proto from './pluginv2.proto';

/**
 * Loader options: keep the SDK's camelCase field names as written, int64 as JS numbers (all our int64s
 * are epoch milliseconds, ids or sizes, far below 2^53), bytes as Buffer, enums as numbers, and
 * defaults filled so absent fields read as '' / 0 / [] like in Go.
 */
const LOADER_OPTIONS = { keepCase: true, longs: Number, enums: Number, bytes: Buffer, defaults: true, oneofs: true };

function packageDefinition(): PackageDefinition {
  const root = new Root();
  for (const source of [pluginV2Proto, goPluginProto, healthProto]) {
    parse(source, root, { keepCase: true });
  }
  return fromJSON(root.toJSON(), LOADER_OPTIONS);
}

export interface ProtocolServices {
  data: ServiceClientConstructor;
  diagnostics: ServiceClientConstructor;
  resource: ServiceClientConstructor;
  controller: ServiceClientConstructor;
  stdio: ServiceClientConstructor;
  health: ServiceClientConstructor;
}

function service(pkg: GrpcObject, path: string): ServiceClientConstructor {
  let node: unknown = pkg;
  for (const part of path.split('.')) {
    node = (node as GrpcObject)[part];
  }
  if (typeof node !== 'function') {
    throw new Error(`protocol definition has no service ${path}`);
  }
  return node as ServiceClientConstructor;
}

export function loadProtocol(): ProtocolServices {
  const pkg = loadPackageDefinition(packageDefinition());
  return {
    data: service(pkg, 'pluginv2.Data'),
    diagnostics: service(pkg, 'pluginv2.Diagnostics'),
    resource: service(pkg, 'pluginv2.Resource'),
    controller: service(pkg, 'plugin.GRPCController'),
    stdio: service(pkg, 'plugin.GRPCStdio'),
    health: service(pkg, 'grpc.health.v1.Health'),
  };
}
