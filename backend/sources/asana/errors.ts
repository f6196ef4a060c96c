/**
 * Asana failures as downstream QueryErrors a person can act on. Messages name the project or object, never
 * the token.
 */
import { downstreamError, type QueryError } from '../../protocol/errors';
import { AsanaHttpError } from './client';
import { utcClock } from './retryPolicy';

/** Asana's rate limit lasts past the query's deadline. */
export class RateLimitedError extends Error {
  constructor(readonly until: number) {
    super(
      `Asana rate limit reached: Asana accepts requests again at ${utcClock(until)}, after this query's deadline. Try again then, or raise the cache TTL (cacheTtlSeconds) so dashboards ask less often.`
    );
    this.name = 'RateLimitedError';
  }
}

/** What a failing call was about, e.g. `project "Roadmap" (1201)`. */
export function toAsanaError(err: unknown, subject: string): QueryError {
  if (err instanceof RateLimitedError) {
    return downstreamError(err.message, 429);
  }
  if (err instanceof AsanaHttpError) {
    switch (err.status) {
      case 401:
        return downstreamError(
          'Asana rejected the token (401): it is wrong, expired or revoked. Create a new personal access token (or re-authorise OAuth) and save it in the Asana section.',
          401
        );
      case 402:
        return downstreamError(`Asana: ${subject} needs a paid Asana plan (402): ${err.message}`, 402);
      case 403:
        return downstreamError(
          `Asana: no access to ${subject} (403). Share it with the user the token belongs to, or pick another one in the Asana section.`,
          403
        );
      case 404:
        return downstreamError(
          `Asana: ${subject} was not found (404): it was deleted, or is not shared with the user the token belongs to. Check the gid in the Asana section.`,
          404
        );
      case 400:
        return downstreamError(`Asana refused the request for ${subject} (400): ${err.message}`, 400);
      case 0:
        return downstreamError(
          `Asana could not be reached for ${subject}: ${err.message}. Check the network or the API URL setting.`,
          502
        );
      default:
        return downstreamError(
          `Asana failed for ${subject} (HTTP ${err.status}): ${err.message}. Try again later.`,
          err.status >= 500 ? 502 : err.status
        );
    }
  }
  return downstreamError(`Asana: ${subject}: ${err instanceof Error ? err.message : String(err)}`, 502);
}
