/** HubSpot failures as downstream QueryErrors with one actionable sentence; never the token. */
import { downstreamError, QueryError } from '../../protocol/errors';
import { apiFailureOf, rateLimitPolicy } from './apiFailure';

function chainText(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err, depth = 0; typeof e === 'object' && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const record = e as { code?: unknown; errno?: unknown; message?: unknown; type?: unknown };
    parts.push(String(record.code ?? ''), String(record.errno ?? ''), String(record.type ?? ''), String(record.message ?? ''));
  }
  return parts.join(' ');
}

export function toHubSpotError(err: unknown): QueryError {
  if (err instanceof QueryError) {
    return err;
  }
  if (typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'AbortError') {
    return downstreamError('HubSpot did not answer in time (query cancelled or deadline passed); try a shorter time range', 504);
  }
  const failure = apiFailureOf(err);
  if (failure) {
    switch (failure.status) {
      case 401:
        return downstreamError('HubSpot rejected the private app token (expired, rotated or deleted); paste a current token in the data source settings', 401);
      case 403:
        return downstreamError('HubSpot: the private app token lacks the "content" scope needed for marketing email statistics; add it in HubSpot → Private apps', 403);
      case 429:
        return rateLimitPolicy(failure) === 'daily'
          ? downstreamError("HubSpot daily API limit reached; it resets at midnight in the HubSpot account's time zone", 429)
          : downstreamError('HubSpot rate limit still reached after retries; open fewer panels at once or raise the cache TTL', 429);
      case 400:
        return downstreamError(`HubSpot rejected the request: ${failure.message || 'bad request'}`, 400);
    }
    if (failure.status >= 500) {
      return downstreamError(`HubSpot is unavailable right now (HTTP ${failure.status}); try again in a few minutes`, 502);
    }
    return downstreamError(`HubSpot request failed (HTTP ${failure.status}): ${failure.message}`, 502);
  }
  const text = chainText(err);
  if (/ECONNREFUSED|ENOTFOUND|ECONNRESET|ETIMEDOUT|EAI_AGAIN|system|fetch failed/i.test(text)) {
    return downstreamError('HubSpot: cannot reach the API; check the network or the base path setting', 502);
  }
  return downstreamError(`HubSpot request failed: ${err instanceof Error ? err.message : String(err)}`, 502);
}
