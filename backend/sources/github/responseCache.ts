/**
 * Response store for GitHub GETs and GraphQL reads: fresh entries (TTL) are answered locally, stale ones
 * are revalidated with their ETag, and identical requests in flight share one upstream call.
 */

export interface CachedResponse {
  status: number;
  url: string;
  headers: Record<string, string | number | undefined>;
  data: unknown;
}

interface Entry {
  response: CachedResponse;
  storedAt: number;
  etag?: string;
  /** Never goes stale (e.g. a comparison of two commit SHAs). */
  immutable?: boolean;
}

export type Lookup = { kind: 'fresh'; response: CachedResponse } | { kind: 'stale'; etag?: string; response: CachedResponse } | { kind: 'miss' };

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<CachedResponse>>();

  constructor(
    private readonly ttlMs: number,
    private readonly clock: () => number,
    private readonly maxEntries = 5_000
  ) {}

  lookup(key: string): Lookup {
    const entry = this.entries.get(key);
    if (!entry) {
      return { kind: 'miss' };
    }
    if (entry.immutable || this.clock() - entry.storedAt < this.ttlMs) {
      return { kind: 'fresh', response: entry.response };
    }
    return { kind: 'stale', etag: entry.etag, response: entry.response };
  }

  store(key: string, response: CachedResponse, immutable = false): void {
    if (this.entries.size >= this.maxEntries && !this.entries.has(key)) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) {
        this.entries.delete(oldest);
      }
    }
    const etag = response.headers.etag;
    this.entries.delete(key);
    this.entries.set(key, { response, storedAt: this.clock(), etag: typeof etag === 'string' ? etag : undefined, immutable });
  }

  /** Marks a revalidated (304) entry fresh again. */
  touch(key: string): void {
    const entry = this.entries.get(key);
    if (entry) {
      entry.storedAt = this.clock();
    }
  }

  /** Runs `load` once for all concurrent callers of the same key. */
  coalesce(key: string, load: () => Promise<CachedResponse>): Promise<CachedResponse> {
    const pending = this.inFlight.get(key);
    if (pending) {
      return pending;
    }
    const promise = load().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  clear(): void {
    this.entries.clear();
  }
}
