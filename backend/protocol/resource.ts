/** Resource calls (CallResource) in a shape handlers can work with, and back to the wire. */
import type { CallResourceRequest, CallResourceResponse, StringList } from './messages';

export interface ResourceRequest {
  method: string;
  /** Without leading slash and without query string, e.g. "options/repo". */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string[]>;
  body: Buffer;
}

export interface ResourceResponse {
  status: number;
  /** JSON-serialisable body (sent as application/json) or raw bytes with an explicit content type. */
  json?: unknown;
  raw?: { body: Buffer; contentType: string };
}

export function toResourceRequest(request: CallResourceRequest): ResourceRequest {
  const queryStart = request.url.indexOf('?');
  const query = new URLSearchParams(queryStart >= 0 ? request.url.slice(queryStart + 1) : '');
  const headers: Record<string, string[]> = {};
  for (const [key, list] of Object.entries(request.headers ?? {})) {
    headers[key.toLowerCase()] = list.values;
  }
  return {
    method: (request.method || 'GET').toUpperCase(),
    path: request.path.replace(/^\/+/, '').replace(/\?.*$/, '').replace(/\/+$/, ''),
    query,
    headers,
    body: request.body ?? Buffer.alloc(0),
  };
}

const list = (value: string): StringList => ({ values: [value] });

export function toCallResourceResponse(response: ResourceResponse): CallResourceResponse {
  if (response.raw) {
    return { code: response.status, headers: { 'Content-Type': list(response.raw.contentType) }, body: response.raw.body };
  }
  return {
    code: response.status,
    headers: { 'Content-Type': list('application/json'), 'Cache-Control': list('no-store') },
    body: Buffer.from(JSON.stringify(response.json ?? null)),
  };
}
