/**
 * When to retry an Asana call (the SDK never does): 429 and 5xx, waiting Retry-After (seconds or an HTTP date)
 * or an exponential back-off — but only while the wait still ends before the query's deadline.
 */
export const MAX_ATTEMPTS = 4;
export const BASE_DELAY_MS = 500;

export function isRetryable(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Milliseconds to wait from a Retry-After header at `now`; undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now: number): number | undefined {
  if (header === undefined || header.trim() === '') {
    return undefined;
  }
  const seconds = Number(header);
  if (Number.isFinite(seconds)) {
    return Math.max(0, seconds * 1000);
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait before attempt `attempt + 1` (attempt counts from 0). */
export function retryDelayMs(
  attempt: number,
  header: string | undefined,
  now: number,
  baseDelayMs = BASE_DELAY_MS
): number {
  return retryAfterMs(header, now) ?? baseDelayMs * 2 ** attempt;
}

/** "14:05 UTC" for an instant. */
export function utcClock(at: number): string {
  return `${new Date(at).toISOString().slice(11, 16)} UTC`;
}
