import { buildSeries } from './buildSeries';
import { buildSnapshotSeries } from './buildSnapshotSeries';
import { makeBucketing } from './makeBucketing';

const utc = Date.UTC;
const bucketing = makeBucketing({ from: utc(2026, 0, 1), to: utc(2026, 0, 4), bucket: 'day', timezone: 'UTC' });
interface Event {
  at: number;
  team?: string;
  hours: number;
}
const events: Event[] = [
  { at: utc(2026, 0, 1, 5), team: 'a', hours: 2 },
  { at: utc(2026, 0, 1, 9), team: 'b', hours: 4 },
  { at: utc(2026, 0, 3, 1), team: 'a', hours: 6 },
  { at: utc(2025, 11, 31), team: 'a', hours: 100 }, // before the range: dropped
];
const values = (series: { points: Array<{ value: number | null }> }) => series.points.map((p) => p.value);

describe('buildSeries', () => {
  it.each([
    ['count: empty buckets are 0', 'count', (xs: Event[]) => xs.length, [2, 0, 1]],
    [
      'duration: empty buckets are null',
      'duration',
      (xs: Event[]) => Math.max(...xs.map((x) => x.hours)),
      [4, null, 6],
    ],
  ] as const)('%s', (_case, kind, aggregate, expected) => {
    const series = buildSeries(events, { bucketing, instantOf: (e) => e.at, groupBy: 'none', aggregate, kind });
    expect(series).toHaveLength(1);
    expect(series[0].labels).toEqual({});
    expect(series[0].points.map((p) => p.time)).toEqual(bucketing.starts);
    expect(values(series[0])).toEqual(expected);
  });

  it('ungrouped with no events: one series of zeros (counts) or nulls (ratios)', () => {
    const base = {
      bucketing,
      instantOf: (e: Event) => e.at,
      groupBy: 'none' as const,
      aggregate: (xs: Event[]) => xs.length,
    };
    expect(values(buildSeries([], { ...base, kind: 'count' })[0])).toEqual([0, 0, 0]);
    expect(values(buildSeries([], { ...base, kind: 'ratio' })[0])).toEqual([null, null, null]);
  });

  it('grouped: one labelled series per group with events in range', () => {
    const series = buildSeries(events, {
      bucketing,
      instantOf: (e) => e.at,
      groupBy: 'team',
      aggregate: (xs) => xs.length,
      kind: 'count',
    });
    expect(series.map((s) => [s.labels, values(s)])).toEqual([
      [{ team: 'a' }, [1, 0, 1]],
      [{ team: 'b' }, [1, 0, 0]],
    ]);
  });
});

describe('buildSnapshotSeries', () => {
  it('samples the state at each bucket end (clipped to `to`)', () => {
    const opened = [utc(2026, 0, 1, 12), utc(2026, 0, 2, 12)];
    const series = buildSnapshotSeries(
      opened.map((at) => ({ at })),
      {
        bucketing,
        groupBy: 'none',
        valueAt: (xs, asOf) => xs.filter((x) => x.at < asOf).length,
      }
    );
    expect(values(series[0])).toEqual([1, 2, 2]);
  });
});
