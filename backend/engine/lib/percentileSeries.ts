import type { GroupByKey } from '../../../common/query';
import type { Series } from '../../../common/metricResult';
import type { Bucketing } from './makeBucketing';
import { percentile, percentileOfUnsorted } from './percentile';
import { placeItems } from './placeItems';
import { seriesLabels } from './seriesLabels';

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Item i of a columnar input lies at instants[i] (NaN: left out) and measures values[i]. */
export interface ValueColumns {
  readonly instants: Float64Array;
  readonly values: Float64Array;
  /** A NaN value means "no such item" (e.g. not measured), not a value to leave out of an existing item. */
  readonly nanIsAbsent?: boolean;
}

/**
 * Series of a percentile of values per bucket, from columns: the same series as buildSeries with
 * `aggregate: (xs) => percentile(values of xs, p)` and kind 'duration' (empty buckets null, groups sorted,
 * one series when ungrouped), without arrays per bucket: the values are counting-sorted into their cells in one
 * buffer and each cell's run is sorted natively. Input order is kept within a cell, so the rare input with a
 * negative zero is handed to `percentile` as is (it orders ±0 by input order).
 *
 * @example percentileSeries({ instants, values }, (i) => groups[i], bucketing, 'team', 50)
 */
export function percentileSeries(
  columns: ValueColumns,
  groupAt: (i: number) => string | undefined,
  bucketing: Bucketing,
  groupBy: GroupByKey,
  p: number
): Series[] {
  const { instants, values } = columns;
  const count = bucketing.starts.length;
  const { groupIds, cellOf } = placeItems(instants, groupAt, bucketing, groupBy, columns.nanIsAbsent ? values : undefined);
  const cells = groupIds.size * count;
  const occupied = new Uint8Array(cells);
  const offsets = new Int32Array(cells + 1);
  let negativeZero = false;
  for (let i = 0; i < cellOf.length; i++) {
    const cell = cellOf[i];
    if (cell >= 0) {
      const value = values[i];
      occupied[cell] = 1;
      if (value - value === 0) {
        offsets[cell + 1] += 1;
        negativeZero ||= value === 0 && 1 / value < 0;
      }
    }
  }
  for (let c = 0; c < cells; c++) {
    offsets[c + 1] += offsets[c];
  }
  const runs = new Float64Array(offsets[cells]);
  const next = offsets.slice(0, cells);
  for (let i = 0; i < cellOf.length; i++) {
    const cell = cellOf[i];
    const value = values[i];
    if (cell >= 0 && value - value === 0) {
      runs[next[cell]++] = value;
    }
  }
  const valueOf = (cell: number): number | null => {
    const run = runs.subarray(offsets[cell], offsets[cell + 1]);
    return negativeZero ? percentile(Array.from(run), p) : percentileOfUnsorted(run, p);
  };
  return [...groupIds.keys()].sort(compareKeys).map((group) => {
    const first = (groupIds.get(group) ?? 0) * count;
    return {
      labels: seriesLabels(groupBy, group),
      points: bucketing.starts.map((time, b) => ({ time, value: occupied[first + b] === 0 ? null : valueOf(first + b) })),
    };
  });
}
