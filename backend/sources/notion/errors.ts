/** Notion failures as downstream QueryErrors that name the data source or property; never the token. */
import { downstreamError, type QueryError } from '../../protocol/errors';
import { NotionHttpError, NotionRateLimitedError } from './client';

const utcClock = (at: number) => `${new Date(at).toISOString().slice(11, 16)} UTC`;

/** `subject` says what the call was about, e.g. `the PRD data source (abc…)`; `property` the configured status property. */
export function toNotionError(err: unknown, subject: string, property?: string): QueryError {
  if (err instanceof NotionRateLimitedError) {
    return downstreamError(
      `Notion rate limit reached: Notion accepts requests again at ${utcClock(err.until)}, after this query's deadline. Try again then, or raise the cache TTL (cacheTtlSeconds).`,
      429
    );
  }
  if (err instanceof NotionHttpError) {
    switch (err.code) {
      case 'unauthorized':
        return downstreamError(
          'Notion rejected the integration token (401): it is wrong or was revoked. Copy the internal integration secret again and save it in the Notion section.',
          401
        );
      case 'restricted_resource':
      case 'object_not_found':
        return downstreamError(
          `Notion: ${subject} was not found or is not shared with the integration (${err.status}). Open it in Notion → ••• → Connections and add the integration, or fix the id in the Notion section.`,
          err.status || 404
        );
      case 'validation_error':
        return downstreamError(
          `Notion refused the query on ${subject} (400)${property ? `: check the property "${property}"` : ''}: ${err.message}`,
          400
        );
      case 'rate_limited':
        return downstreamError(`Notion rate limit reached on ${subject}; retries ran out. Try again in a minute.`, 429);
      case 'timeout':
        return downstreamError(
          `Notion did not answer in time for ${subject}. Try a shorter range or again later.`,
          504
        );
      default:
        return downstreamError(
          `Notion failed for ${subject} (HTTP ${err.status}): ${err.message}`,
          err.status >= 500 || err.status === 0 ? 502 : err.status
        );
    }
  }
  return downstreamError(`Notion: ${subject}: ${err instanceof Error ? err.message : String(err)}`, 502);
}
