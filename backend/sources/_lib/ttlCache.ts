/**
 * A small TTL cache that also coalesces identical in-flight loads: two panels asking for the same report at
 * once cause one upstream call. The shared load is cancelled only when every caller waiting for it has
 * cancelled; a caller that cancels stops waiting at once. Failures are never cached. Time comes from the
 * caller (no clock of its own).
 */
interface InFlight<V> {
  promise: Promise<V>;
  controller: AbortController;
  waiting: number;
}

const cancelled = () => Object.assign(new Error('request cancelled'), { name: 'AbortError' });

export class TtlCache<V> {
  private readonly done = new Map<string, { value: V; expires: number }>();
  private readonly inFlight = new Map<string, InFlight<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 100
  ) {}

  /** The cached or in-flight value for the key, else load() once; `hit` says whether this caller's load was skipped. */
  async get(key: string, now: number, signal: AbortSignal, load: (signal: AbortSignal) => Promise<V>): Promise<{ value: V; hit: boolean }> {
    const cached = this.done.get(key);
    if (cached && cached.expires > now) {
      return { value: cached.value, hit: true };
    }
    const pending = this.inFlight.get(key);
    if (pending) {
      return { value: await this.wait(pending, signal), hit: true };
    }
    const entry: InFlight<V> = { controller: new AbortController(), waiting: 0, promise: Promise.resolve() as Promise<V> };
    entry.promise = load(entry.controller.signal)
      .then((value) => {
        if (this.ttlMs > 0) {
          this.store(key, value, now + this.ttlMs);
        }
        return value;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, entry);
    return { value: await this.wait(entry, signal), hit: false };
  }

  clear(): void {
    this.done.clear();
  }

  private wait(entry: InFlight<V>, signal: AbortSignal): Promise<V> {
    if (signal.aborted) {
      return Promise.reject(cancelled());
    }
    entry.waiting++;
    return new Promise<V>((resolve, reject) => {
      const onAbort = () => {
        entry.waiting--;
        if (entry.waiting === 0) {
          entry.controller.abort();
        }
        reject(cancelled());
      };
      const settle = () => {
        if (!signal.aborted) {
          signal.removeEventListener('abort', onAbort);
          entry.waiting--;
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (v) => (settle(), resolve(v)),
        (e: unknown) => (settle(), reject(e))
      );
    });
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
