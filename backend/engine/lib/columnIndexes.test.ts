import fc from 'fast-check';
import type { SprintRecord } from '../../../common/records';
import { intervalCounterOf } from '../metrics/flow/_lib/intervalCounter';
import { openCountsAt } from '../metrics/flow/_lib/openCounts';
import { bucketIndexesOf } from './bucketIndexes';
import { groupIndices } from './groupItems';
import { groupRowsOf } from './groupRanks';
import { makeBucketing } from './makeBucketing';
import { sprintAt, sprintAtOf } from './sprintAt';
import { sumSeries } from './sumSeries';

const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2026, 3, 1);
const DAY = 86_400_000;
const instant = fc.oneof(fc.integer({ min: FROM - 10 * DAY, max: TO + 10 * DAY }), fc.constantFrom(Number.NaN, FROM, TO));
const team = fc.option(fc.constantFrom('api', 'web', '(none)', 'ops'), { nil: undefined });

describe('column indexes', () => {
  it.each(['week', 'month', 'day'] as const)('bucketIndexesOf(%s) is bucketing.indexOf of each instant, cached per bucketing', (bucket) => {
    const bucketing = makeBucketing({ from: FROM, to: TO, bucket, timezone: 'America/New_York' });
    const other = makeBucketing({ from: FROM, to: TO, bucket: 'period', timezone: 'UTC' });
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 50 }), (instants) => {
        const column = Float64Array.from(instants);
        const indexes = bucketIndexesOf(column, bucketing);
        expect(Array.from(indexes)).toEqual(instants.map((t) => bucketing.indexOf(t)));
        expect(Array.from(bucketIndexesOf(column, other))).toEqual(instants.map((t) => other.indexOf(t)));
        expect(bucketIndexesOf(column, bucketing)).toBe(indexes);
      })
    );
  });

  it('groupRowsOf numbers groups in label order, as groupIndices orders them', () => {
    fc.assert(
      fc.property(fc.array(team, { maxLength: 40 }), (groups) => {
        const { labels, rowOf } = groupRowsOf(groups);
        const expected = groupIndices(groups, groups.length);
        expect(labels).toEqual([...expected.keys()]);
        labels.forEach((label, row) => {
          expect(Array.from(rowOf).flatMap((r, i) => (r === row ? [i] : []))).toEqual(expected.get(label));
        });
      })
    );
  });

  it('sumSeries gives the same series for a group column as for a group function', () => {
    const bucketing = makeBucketing({ from: FROM, to: TO, bucket: 'week', timezone: 'Europe/Berlin' });
    fc.assert(
      fc.property(fc.array(fc.tuple(instant, team, fc.integer({ min: 0, max: 5 })), { maxLength: 50 }), (items) => {
        const columns = { instants: Float64Array.from(items, ([at]) => at), numerators: Float64Array.from(items, ([, , n]) => n) };
        const groups = items.map(([, g]) => g);
        const valueOf = (sum: number, _: number, count: number) => sum / count;
        expect(sumSeries(columns, groups, bucketing, 'team', 'ratio', valueOf)).toEqual(
          sumSeries(columns, (i) => groups[i], bucketing, 'team', 'ratio', valueOf)
        );
      })
    );
  });

  it.each(['end', 'start'] as const)('openCountsAt (closed %s) counts per row like a counter per row', (closed) => {
    const bound = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(Number.NaN, Infinity));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(bound, bound, fc.integer({ min: 0, max: 2 })), { maxLength: 30 }),
        fc.array(fc.integer({ min: -1, max: 101 }), { maxLength: 10 }),
        (intervals, instants) => {
          const asOf = [...instants].sort((a, b) => a - b);
          const counts = openCountsAt(
            Float64Array.from(intervals, ([s]) => s),
            Float64Array.from(intervals, ([, e]) => e),
            Int32Array.from(intervals, ([, , row]) => row),
            3,
            asOf,
            closed
          );
          for (let row = 0; row < 3; row++) {
            const mine = intervals.filter(([, , r]) => r === row);
            // [start, end) at t is (start − ½, end − ½] at t for integers, so both modes check against one counter.
            const shift = closed === 'start' ? 0.5 : 0;
            const count = intervalCounterOf(
              Float64Array.from(mine, ([s, e]) => (s <= e ? s - shift : Number.NaN)),
              Float64Array.from(mine, ([s, e]) => (s <= e ? e - shift : Number.NaN))
            );
            asOf.forEach((t, k) => expect(counts[row * asOf.length + k]).toBe(count(t)));
          }
        }
      )
    );
  });

  it('sprintAtOf finds the sprint sprintAt finds, overlaps, NaN and open ends included', () => {
    const sprint = (id: string, startAt: number, endAt: number): SprintRecord => ({
      id, source: 'asana', name: id, project: 'p', startAt, endAt, plannedItemIds: [], addedItemIds: [], removedItemIds: [],
    });
    const bound = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(Number.NaN, Infinity, -Infinity));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), bound, bound), { maxLength: 12 }),
        fc.array(fc.oneof(fc.integer({ min: -5, max: 65 }), fc.constantFrom(Number.NaN, Infinity)), { maxLength: 20 }),
        (specs, instants) => {
          const sprints = specs.map(([id, start, end]) => sprint(id, start, end));
          const lookup = sprintAtOf(sprints);
          instants.forEach((t) => expect(lookup(t)).toBe(sprintAt(t, sprints)));
        }
      )
    );
  });
});
