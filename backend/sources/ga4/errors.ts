/**
 * GA4 failures as downstream QueryErrors with one actionable sentence. Messages name the property and the
 * service account's e-mail, never the key. In REST mode an HTTP error arrives as a GaxiosError carrying the
 * HTTP status and Google's JSON error body; a gRPC-style error (google-gax) carries a google.rpc.Code.
 */
import { downstreamError, QueryError } from '../../protocol/errors';

/** google.rpc.Code → the HTTP status Google documents for it. */
const HTTP_OF_RPC: Record<number, number> = { 3: 400, 4: 504, 5: 404, 7: 403, 8: 429, 14: 503, 16: 401 };

export interface Ga4ErrorContext {
  propertyId: string;
  clientEmail: string;
  now: number;
}

interface Normalized {
  status?: number;
  /** Google's own message (from the JSON error body when there is one). */
  message: string;
  /** Error codes and messages of the error and its causes, for transport/crypto failures. */
  chain: string;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function normalize(err: unknown): Normalized {
  const raw = err instanceof Error ? err.message : String(err);
  let message = raw;
  try {
    const body = field(JSON.parse(raw), 'error');
    message = typeof field(body, 'message') === 'string' ? String(field(body, 'message')) : raw;
  } catch {
    // not a JSON body
  }
  const httpStatus = field(err, 'status');
  const code = field(err, 'code');
  const status = typeof httpStatus === 'number' ? httpStatus : typeof code === 'number' ? (code >= 100 ? code : HTTP_OF_RPC[code] ?? 502) : undefined;
  const chain: string[] = [];
  for (let e: unknown = err, depth = 0; e !== undefined && e !== null && depth < 5; e = field(e, 'cause'), depth++) {
    chain.push(String(field(e, 'code') ?? ''), e instanceof Error ? e.message : '');
  }
  return { status, message, chain: chain.join(' ') };
}

function hhmmUtc(instant: number): string {
  return new Date(instant).toISOString().slice(11, 16);
}

/** Hourly token quotas refill at the top of the next hour. */
export function quotaExhausted(now: number): QueryError {
  const nextHour = Math.floor(now / 3_600_000) * 3_600_000 + 3_600_000;
  return downstreamError(`GA4 quota exhausted for this hour; resets at ${hhmmUtc(nextHour)} UTC`, 429);
}

export function toGa4Error(err: unknown, ctx: Ga4ErrorContext): QueryError {
  if (err instanceof QueryError) {
    return err;
  }
  if (field(err, 'name') === 'AbortError') {
    return downstreamError('GA4 did not answer in time (query cancelled or deadline passed); try a shorter time range', 504);
  }
  const { status, message, chain } = normalize(err);
  const property = `property ${ctx.propertyId}`;
  switch (status) {
    case 400:
      return downstreamError(`GA4 rejected the report for ${property}: ${message}`, 400);
    case 401:
      return downstreamError(`GA4 rejected the service account key of ${ctx.clientEmail}; create a new JSON key and paste it in the data source settings`, 401);
    case 403:
      return downstreamError(`GA4: ${ctx.clientEmail} cannot read ${property}; add it as a Viewer in GA4 Admin → Property access management`, 403);
    case 404:
      return downstreamError(`GA4: ${property} does not exist; check the property id in the data source settings`, 404);
    case 429:
      return /per day|daily/i.test(message) ? downstreamError('GA4 daily quota exhausted for this property; it resets at midnight Pacific time', 429) : quotaExhausted(ctx.now);
    case 504:
      return downstreamError('GA4 did not answer within 30 s; try a shorter time range or fewer dimensions', 504);
  }
  if (status !== undefined) {
    return downstreamError(`GA4 is unavailable right now (HTTP ${status}); try again in a few minutes`, 502);
  }
  if (/ERR_OSSL|DECODER|PEM|asn1/i.test(chain)) {
    return downstreamError(`GA4: the service account key of ${ctx.clientEmail} has an unreadable private_key; paste the key file again`, 401);
  }
  if (/ECONNREFUSED|ENOTFOUND|ECONNRESET|ETIMEDOUT|EAI_AGAIN|UND_ERR|fetch failed/i.test(chain)) {
    return downstreamError('GA4: cannot reach the Data API; check the network or the API endpoint setting', 502);
  }
  return downstreamError(`GA4 request failed: ${message}`, 502);
}
