/**
 * Every Asana call goes through here: cached for the TTL and coalesced while in flight, counted in telemetry,
 * retried on 429/5xx with Retry-After (the SDK has no retries) while the wait ends before the deadline.
 */
import type { SourceContext } from '../types';
import { AsanaHttpError, type AsanaCall, type AsanaClient } from './client';
import { RateLimitedError } from './errors';
import { MAX_ATTEMPTS, isRetryable, retryAfterMs, retryDelayMs } from './retryPolicy';
import { TtlCache } from '../_lib/ttlCache';

export interface RequesterTiming {
  /** Real clock for waits and the deadline (tests inject one). */
  clock: () => number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  baseDelayMs?: number;
}

/** What one fetch runs under: the source context plus the instant (requester clock) it must finish by. */
export interface CallContext {
  source: SourceContext;
  deadline: number;
  /** Skip the response cache: a sync must see what changed upstream since the last query. */
  fresh?: boolean;
}

export const realSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true }
    );
  });

export const REAL_TIMING: RequesterTiming = { clock: Date.now, sleep: realSleep };

function keyOf(call: AsanaCall): string {
  const query = Object.entries(call.query)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('&');
  return `${call.op}/${call.gid}?${query}`;
}

/** Tasks, stories and sections of a few projects: a few thousand responses at most. */
const MAX_CACHED_RESPONSES = 5_000;

export class AsanaRequester {
  private readonly cache: TtlCache<unknown>;

  constructor(
    private readonly client: AsanaClient,
    ttlMs: number,
    private readonly timing: RequesterTiming = REAL_TIMING
  ) {
    this.cache = new TtlCache<unknown>(ttlMs, MAX_CACHED_RESPONSES);
  }

  async call(call: AsanaCall, ctx: CallContext): Promise<unknown> {
    if (ctx.fresh) {
      return this.withRetry(call, ctx);
    }
    const { value, hit } = await this.cache.get(keyOf(call), this.timing.clock(), ctx.source.signal, () => this.withRetry(call, ctx));
    if (hit) {
      ctx.source.telemetry.cacheHit('asana');
    }
    return value;
  }

  private async withRetry(call: AsanaCall, ctx: CallContext): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      ctx.source.signal.throwIfAborted();
      ctx.source.telemetry.upstreamRequest('asana');
      try {
        return await this.client.call(call);
      } catch (err) {
        if (!(err instanceof AsanaHttpError) || !isRetryable(err.status)) {
          throw err;
        }
        const now = this.timing.clock();
        const wait = retryDelayMs(attempt, err.retryAfter, now, this.timing.baseDelayMs);
        if (now + wait > ctx.deadline || attempt + 1 >= MAX_ATTEMPTS) {
          if (err.status === 429) {
            throw new RateLimitedError(now + (retryAfterMs(err.retryAfter, now) ?? wait));
          }
          throw err;
        }
        ctx.source.logger.debug('asana: retrying', { op: call.op, status: err.status, waitMs: wait });
        await this.timing.sleep(wait, ctx.source.signal);
      }
    }
  }

  clear(): void {
    this.cache.clear();
  }
}
