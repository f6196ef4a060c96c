import { makeBucketing } from './makeBucketing';
import { memoize } from './memoize';

describe('memoize', () => {
  it('computes once per argument identity, and apart for a different array or option', () => {
    const calls: string[] = [];
    const sum = memoize((xs: readonly number[], mode: string) => {
      calls.push(mode);
      return xs.reduce((a, b) => a + b, 0);
    });
    const a = [1, 2];
    expect([sum(a, 'x'), sum(a, 'x'), sum([1, 2], 'x'), sum(a, 'y')]).toEqual([3, 3, 3, 3]);
    expect(calls).toEqual(['x', 'x', 'y']);
  });

  it('keeps undefined (a kind not set up) apart from an empty array', () => {
    const isMissing = memoize((xs: readonly number[] | undefined) => xs === undefined);
    expect([isMissing(undefined), isMissing([])]).toEqual([true, false]);
  });
});

describe('makeBucketing.indexOf', () => {
  it('agrees with a linear search over the buckets, across DST and month lengths', () => {
    const from = Date.UTC(2025, 0, 17, 5);
    const to = Date.UTC(2026, 11, 3);
    for (const bucket of ['day', 'week', 'month'] as const) {
      const b = makeBucketing({ from, to, bucket, timezone: 'Europe/Berlin' });
      for (let t = from - 36e5; t < to + 36e5; t += 3_599_999) {
        const expected = t >= from && t < to ? b.starts.findIndex((s, i) => s <= t && t < b.ends[i]) : -1;
        expect(b.indexOf(t)).toBe(expected);
      }
    }
  });
});
