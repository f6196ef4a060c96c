/** Decoded shapes of the pluginv2 messages, as the proto loader produces them (see proto/index.ts options). */

export interface User {
  login: string;
  name: string;
  email: string;
  role: string;
}

export interface DataSourceInstanceSettings {
  id: number;
  name: string;
  url: string;
  uid: string;
  jsonData: Buffer;
  decryptedSecureJsonData: Record<string, string>;
  lastUpdatedMS: number;
}

export interface PluginContext {
  orgId: number;
  pluginId: string;
  user: User | null;
  dataSourceInstanceSettings: DataSourceInstanceSettings | null;
  grafanaConfig: Record<string, string>;
  pluginVersion: string;
  userAgent: string;
}

export interface TimeRange {
  fromEpochMS: number;
  toEpochMS: number;
}

export interface DataQuery {
  refId: string;
  maxDataPoints: number;
  intervalMS: number;
  timeRange: TimeRange | null;
  json: Buffer;
  queryType: string;
}

export interface QueryDataRequest {
  pluginContext: PluginContext | null;
  headers: Record<string, string>;
  queries: DataQuery[];
  format: number;
}

export type ErrorSource = 'plugin' | 'downstream';

export interface DataResponse {
  frames: Uint8Array[];
  error: string;
  status: number;
  errorSource: string;
}

export interface QueryDataResponse {
  responses: Record<string, DataResponse>;
}

export interface CheckHealthRequest {
  pluginContext: PluginContext | null;
  headers: Record<string, string>;
}

export const HealthStatus = { UNKNOWN: 0, OK: 1, ERROR: 2 } as const;

export interface CheckHealthResponse {
  status: number;
  message: string;
  jsonDetails: Buffer;
}

export interface CollectMetricsResponse {
  metrics: { prometheus: Buffer };
}

export interface StringList {
  values: string[];
}

export interface CallResourceRequest {
  pluginContext: PluginContext | null;
  path: string;
  method: string;
  url: string;
  headers: Record<string, StringList>;
  body: Buffer;
}

export interface CallResourceResponse {
  code: number;
  headers: Record<string, StringList>;
  body: Buffer;
}
