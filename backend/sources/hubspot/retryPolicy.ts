/**
 * HubSpot retries, done here instead of by the SDK (whose retry setting is process-wide): rolling per-second
 * and per-10-second 429s wait and retry, a daily 429 fails at once, 5xx retry briefly. Sleeping is injected
 * (tests run with zero delay) and stops when the query is cancelled.
 */
import { apiFailureOf, rateLimitPolicy } from './apiFailure';

export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => (signal.removeEventListener('abort', onAbort), resolve()), ms);
    const onAbort = () => (clearTimeout(timer), reject(Object.assign(new Error('HubSpot request cancelled'), { name: 'AbortError' })));
    signal.addEventListener('abort', onAbort, { once: true });
  });

export interface RetryOptions {
  signal: AbortSignal;
  sleep: Sleep;
  /** Called before every attempt (telemetry: one upstream request each). */
  onAttempt: () => void;
}

export const MAX_RETRIES = 3;
/** Longest total wait for one call; past it the 429 is reported instead. */
const MAX_TOTAL_WAIT_MS = 25_000;
const SERVER_ERROR_STEP_MS = 200;

/** How long to wait before retry `attempt` (1-based), or undefined = give up now. */
export function retryDelayMs(err: unknown, attempt: number): number | undefined {
  const failure = apiFailureOf(err);
  if (!failure || attempt > MAX_RETRIES) {
    return undefined;
  }
  if (failure.status >= 500 && failure.status !== 501) {
    return attempt <= 2 ? SERVER_ERROR_STEP_MS * attempt : undefined;
  }
  if (failure.status !== 429) {
    return undefined;
  }
  const retryAfterS = Number(failure.headers['retry-after']);
  const headerMs = Number.isFinite(retryAfterS) && retryAfterS > 0 ? retryAfterS * 1000 : undefined;
  switch (rateLimitPolicy(failure)) {
    case 'daily':
      return undefined;
    case 'secondly':
      return headerMs ?? 1000 * attempt;
    case 'ten_secondly':
      return headerMs ?? Number(failure.headers['x-hubspot-ratelimit-interval-milliseconds'] || 10_000);
    default:
      return attempt === 1 ? headerMs : undefined;
  }
}

export async function withRetries<T>(call: () => Promise<T>, options: RetryOptions): Promise<T> {
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    options.onAttempt();
    try {
      return await call();
    } catch (err) {
      const delay = retryDelayMs(err, attempt);
      if (delay === undefined || waited + delay > MAX_TOTAL_WAIT_MS || options.signal.aborted) {
        throw err;
      }
      waited += delay;
      await options.sleep(delay, options.signal);
    }
  }
}
