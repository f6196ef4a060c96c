import fc from 'fast-check';
import { intervalCounterOf, makeIntervalCounter } from '../metrics/flow/_lib/intervalCounter';
import { buildSeries } from './buildSeries';
import { groupIndices, groupItems } from './groupItems';
import { makeBucketing } from './makeBucketing';
import { percentile, percentileOfSorted } from './percentile';
import { percentileSeries } from './percentileSeries';
import { sumSeries } from './sumSeries';

const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2026, 3, 1);
const bucketing = makeBucketing({ from: FROM, to: TO, bucket: 'week', timezone: 'Europe/Berlin' });

interface Item {
  at: number;
  value: number;
  weight: number;
  team?: string;
}

const item: fc.Arbitrary<Item> = fc.record({
  // Some instants fall outside [FROM, TO) and some are NaN (left out).
  at: fc.oneof(fc.integer({ min: FROM - 10 * 86_400_000, max: TO + 10 * 86_400_000 }), fc.constant(Number.NaN)),
  value: fc.oneof(
    fc.double({ min: -100, max: 100 }),
    fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, 1.5)
  ),
  weight: fc.integer({ min: 0, max: 5 }),
  team: fc.option(fc.constantFrom('api', 'web', '(none)', ''), { nil: undefined }),
});
const groupBy = fc.constantFrom('none' as const, 'team' as const);
const p = fc.constantFrom(0, 50, 90, 100, 101);

const columns = (items: Item[]) => ({
  instants: Float64Array.from(items, (x) => x.at),
  values: Float64Array.from(items, (x) => x.value),
});
const teamOf = (items: Item[]) => (i: number) => (items[i].team === '' ? undefined : items[i].team);

describe('columnar series', () => {
  it('percentileSeries gives the series of buildSeries with a percentile aggregate', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), groupBy, p, (items, by, pct) => {
        const expected = buildSeries(items, {
          bucketing, instantOf: (x) => x.at, groupBy: by, groupOf: (x) => (x.team === '' ? undefined : x.team),
          aggregate: (xs) => percentile(xs.map((x) => x.value), pct), kind: 'duration',
        });
        expect(percentileSeries(columns(items), teamOf(items), bucketing, by, pct)).toEqual(expected);
      })
    );
  });

  it('percentileSeries with nanIsAbsent leaves NaN-valued items out entirely', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), groupBy, (items, by) => {
        const expected = buildSeries(items.filter((x) => !Number.isNaN(x.value)), {
          bucketing, instantOf: (x) => x.at, groupBy: by, groupOf: (x) => (x.team === '' ? undefined : x.team),
          aggregate: (xs) => percentile(xs.map((x) => x.value), 50), kind: 'duration',
        });
        expect(percentileSeries({ ...columns(items), nanIsAbsent: true }, teamOf(items), bucketing, by, 50)).toEqual(expected);
      })
    );
  });

  it('sumSeries gives the series of buildSeries with a sum aggregate', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), groupBy, fc.constantFrom('count' as const, 'ratio' as const), (items, by, kind) => {
        const finite = items.map((x) => ({ ...x, value: Number.isFinite(x.value) ? x.value : 0 }));
        const expected = buildSeries(finite, {
          bucketing, instantOf: (x) => x.at, groupBy: by, groupOf: (x) => (x.team === '' ? undefined : x.team),
          aggregate: (xs) => {
            const weight = xs.reduce((s, x) => s + x.weight, 0);
            return weight === 0 ? null : xs.reduce((s, x) => s + x.value, 0) / weight + xs.length;
          },
          kind,
        });
        const sums = {
          instants: Float64Array.from(finite, (x) => x.at),
          numerators: Float64Array.from(finite, (x) => x.value),
          denominators: Float64Array.from(finite, (x) => x.weight),
        };
        const actual = sumSeries(sums, teamOf(finite), bucketing, by, kind, (num, den, n) => (den === 0 ? null : num / den + n));
        expect(actual).toEqual(expected);
      })
    );
  });

  it('percentileOfSorted is percentile of sorted finite values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true })), p, (values, pct) => {
        const sorted = Float64Array.from(values).sort();
        expect(percentileOfSorted(sorted, pct)).toEqual(percentile(values, pct));
      })
    );
  });

  it('intervalCounterOf counts like makeIntervalCounter, skipping NaN intervals', () => {
    const interval = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(Infinity)));
    fc.assert(
      fc.property(fc.array(fc.option(interval, { nil: undefined })), fc.integer({ min: -1, max: 101 }), (intervals, t) => {
        const valid = intervals.filter((x): x is [number, number] => x !== undefined);
        const starts = Float64Array.from(intervals, (x) => x?.[0] ?? Number.NaN);
        const ends = Float64Array.from(intervals, (x) => x?.[1] ?? Number.NaN);
        expect(intervalCounterOf(starts, ends)(t)).toBe(makeIntervalCounter(valid)(t));
      })
    );
  });

  it('groupIndices groups indices as groupItems groups items', () => {
    const groups = ['b', undefined, 'a', 'b', '(none)'];
    expect(groupIndices(groups, groups.length)).toEqual(groupItems([0, 1, 2, 3, 4], (i) => groups[i]));
    expect([...groupIndices(groups, groups.length).keys()]).toEqual(['(none)', 'a', 'b']);
  });
});
