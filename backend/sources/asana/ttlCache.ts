/**
 * Answers kept for a TTL, and identical requests in flight shared (coalesced) instead of sent twice.
 * Failures are never cached.
 */
export class TtlCache<T> {
  private readonly done = new Map<string, { at: number; value: T }>();
  private readonly inFlight = new Map<string, Promise<T>>();

  constructor(
    private readonly ttlMs: number,
    private readonly clock: () => number = Date.now
  ) {}

  /** The cached value, the in-flight promise, or a new call of `load`; `hit` says it was not loaded again. */
  get(key: string, load: () => Promise<T>, hit: () => void): Promise<T> {
    const cached = this.done.get(key);
    if (cached && this.clock() - cached.at < this.ttlMs) {
      hit();
      return Promise.resolve(cached.value);
    }
    const pending = this.inFlight.get(key);
    if (pending) {
      hit();
      return pending;
    }
    const started = load().then(
      (value) => {
        this.inFlight.delete(key);
        if (this.ttlMs > 0) {
          this.done.set(key, { at: this.clock(), value });
        }
        return value;
      },
      (err: unknown) => {
        this.inFlight.delete(key);
        throw err;
      }
    );
    this.inFlight.set(key, started);
    return started;
  }

  clear(): void {
    this.done.clear();
    this.inFlight.clear();
  }
}
