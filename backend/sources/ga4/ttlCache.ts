/**
 * A small TTL cache that also coalesces identical in-flight loads: two panels asking for the same report at
 * once cause one upstream call. Failures are never cached. Time comes from the caller (no clock of its own).
 */
export class TtlCache<V> {
  private readonly done = new Map<string, { value: V; expires: number }>();
  private readonly inFlight = new Map<string, Promise<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 100
  ) {}

  /** The cached or in-flight value for the key, else load() once; `hit` says whether load was skipped. */
  async get(key: string, now: number, load: () => Promise<V>): Promise<{ value: V; hit: boolean }> {
    const cached = this.done.get(key);
    if (cached && cached.expires > now) {
      return { value: cached.value, hit: true };
    }
    const pending = this.inFlight.get(key);
    if (pending) {
      return { value: await pending, hit: true };
    }
    const promise = load();
    this.inFlight.set(key, promise);
    try {
      const value = await promise;
      if (this.ttlMs > 0) {
        this.store(key, value, now + this.ttlMs);
      }
      return { value, hit: false };
    } finally {
      this.inFlight.delete(key);
    }
  }

  clear(): void {
    this.done.clear();
  }

  private store(key: string, value: V, expires: number): void {
    this.done.delete(key);
    this.done.set(key, { value, expires });
    while (this.done.size > this.maxEntries) {
      const oldest = this.done.keys().next().value;
      if (oldest === undefined) {
        break;
      }
      this.done.delete(oldest);
    }
  }
}
