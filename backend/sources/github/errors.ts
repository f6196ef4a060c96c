/** Turns whatever the GitHub client threw into a downstream QueryError a person can act on. Never echoes a token. */
import { downstreamError, QueryError } from '../../protocol/errors';

interface HttpLikeError {
  status?: number;
  message?: string;
  name?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
  errors?: Array<{ type?: string; message?: string }>;
  /** fetch's own failure (e.g. TimeoutError when the query's signal fires), wrapped by Octokit as a 500. */
  cause?: { name?: string; message?: string };
}

const isAbort = (name: string | undefined) => name === 'AbortError' || name === 'TimeoutError';

const TOKEN_PATTERN = /\b(gh[pousr]_[A-Za-z0-9_]+|github_pat_[A-Za-z0-9_]+|v1\.[0-9a-f]{40}|[0-9a-f]{40})\b/g;

/** Removes anything shaped like a GitHub token from a message. */
export function redact(text: string): string {
  return text.replace(TOKEN_PATTERN, '[redacted]');
}

/** "HH:MM" (UTC) of an epoch-seconds reset header. */
export function resetClock(resetEpochSeconds: number): string {
  return new Date(resetEpochSeconds * 1000).toISOString().slice(11, 16);
}

export function rateLimitExhausted(resetEpochSeconds: number | undefined, secondary = false): QueryError {
  const until = resetEpochSeconds ? ` until ${resetClock(resetEpochSeconds)} UTC` : '';
  const kind = secondary ? 'secondary rate limit hit' : 'rate limit exhausted';
  return downstreamError(`GitHub ${kind}${until}; waiting would pass the query deadline. Refresh later or raise the cache TTL.`, 429);
}

function header(err: HttpLikeError, name: string): string | undefined {
  const value = err.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

function missingScope(err: HttpLikeError): string | undefined {
  const accepted = header(err, 'x-accepted-oauth-scopes');
  const granted = (header(err, 'x-oauth-scopes') ?? '').split(',').map((s) => s.trim());
  const needed = (accepted ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '' && !granted.includes(s));
  return needed[0];
}

/**
 * Maps an error from the SDK (HTTP or GraphQL) to a QueryError. `what` names the thing asked for, e.g.
 * "repository acme/api", so a 404 says which one is missing.
 */
export function toQueryError(error: unknown, what = 'GitHub'): QueryError {
  if (error instanceof QueryError) {
    return error;
  }
  const err = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as HttpLikeError;
  const message = redact(err.message ?? 'unknown error');
  const graphqlType = err.errors?.[0]?.type;
  if (isAbort(err.name) || isAbort(err.cause?.name)) {
    return downstreamError('GitHub did not answer before the query deadline (30 s). Try a shorter time range or fewer repositories.', 504);
  }
  if (graphqlType === 'NOT_FOUND') {
    return downstreamError(`GitHub: ${what} was not found or the token has no access to it (404).`, 404);
  }
  if (graphqlType === 'INSUFFICIENT_SCOPES') {
    return downstreamError(`GitHub: the token lacks a scope this query needs: ${redact(err.errors?.[0]?.message ?? '')}`, 403);
  }
  if (graphqlType === 'RATE_LIMITED') {
    return rateLimitExhausted(Number(header(err, 'x-ratelimit-reset')) || undefined);
  }
  switch (err.status) {
    case 401:
      return downstreamError('GitHub rejected the credentials (401 Bad credentials). Paste a new token, or check the App id, installation id and private key.', 401);
    case 403:
    case 429: {
      if (header(err, 'x-ratelimit-remaining') === '0') {
        return rateLimitExhausted(Number(header(err, 'x-ratelimit-reset')) || undefined);
      }
      if (/secondary rate/i.test(message) || err.status === 429) {
        return rateLimitExhausted(undefined, true);
      }
      const scope = missingScope(err);
      if (scope) {
        return downstreamError(`GitHub: the token lacks the "${scope}" scope needed for ${what} (403). Add it to the token.`, 403);
      }
      return downstreamError(`GitHub refused access to ${what} (403): ${message}`, 403);
    }
    case 404:
      return downstreamError(`GitHub: ${what} was not found or the token has no access to it (404).`, 404);
    case 422:
      return downstreamError(`GitHub could not process the request for ${what} (422): ${message}`, 502);
    default:
      if (err.status !== undefined && err.status >= 500) {
        return downstreamError(`GitHub is failing (${err.status}) for ${what}; try again later.`, 502);
      }
      return downstreamError(`GitHub request for ${what} failed: ${message}`, 502);
  }
}
