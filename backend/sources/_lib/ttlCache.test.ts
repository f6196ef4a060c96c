import { TtlCache } from './ttlCache';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const live = () => new AbortController().signal;

describe('TtlCache', () => {
  it('serves a value until its TTL passes, then loads again', async () => {
    const cache = new TtlCache<number>(1000);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('k', 0, live(), load)).toEqual({ value: 1, hit: false });
    expect(await cache.get('k', 999, live(), load)).toEqual({ value: 1, hit: true });
    expect(await cache.get('k', 1000, live(), load)).toEqual({ value: 2, hit: false });
  });

  it('coalesces identical in-flight loads and never caches a failure', async () => {
    const cache = new TtlCache<number>(1000);
    const gate = deferred<number>();
    let loads = 0;
    const a = cache.get('k', 0, live(), () => (loads++, gate.promise));
    const b = cache.get('k', 0, live(), () => (loads++, gate.promise));
    gate.resolve(7);
    expect(await Promise.all([a, b])).toEqual([
      { value: 7, hit: false },
      { value: 7, hit: true },
    ]);
    expect(loads).toBe(1);
    await expect(cache.get('e', 0, live(), () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('e', 0, live(), async () => 1)).toEqual({ value: 1, hit: false });
  });

  it('cancels the shared load only when every waiting caller has cancelled', async () => {
    const cache = new TtlCache<number>(1000);
    const gate = deferred<number>();
    let loadSignal: AbortSignal | undefined;
    const first = new AbortController();
    const second = new AbortController();
    const a = cache.get('k', 0, first.signal, (signal) => ((loadSignal = signal), gate.promise));
    const b = cache.get('k', 0, second.signal, () => gate.promise);
    first.abort();
    await expect(a).rejects.toMatchObject({ name: 'AbortError' });
    expect(loadSignal?.aborted).toBe(false);
    second.abort();
    await expect(b).rejects.toMatchObject({ name: 'AbortError' });
    expect(loadSignal?.aborted).toBe(true);
    gate.resolve(1);
  });
});
