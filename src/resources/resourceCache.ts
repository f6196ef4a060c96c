/**
 * Memoises resource requests by key for the lifetime of a data source instance.
 * Failed requests are forgotten, so the next call retries.
 */
export class ResourceCache {
  private readonly entries = new Map<string, Promise<unknown>>();

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    if (cached) {
      return cached as Promise<T>;
    }
    const pending = load().catch((error: unknown) => {
      this.entries.delete(key);
      throw error;
    });
    this.entries.set(key, pending);
    return pending;
  }

  clear(): void {
    this.entries.clear();
  }
}
