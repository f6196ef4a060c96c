import type { GroupByKey } from '../../../common/query';
import type { Series } from '../../../common/metricResult';
import type { Bucketing } from './makeBucketing';
import { percentile, percentileOfUnsorted } from './percentile';
import { placeItems, seriesOfRows, type GroupSource } from './placeItems';

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
 * buffer and each cell's run is selected in place. Input order is kept within a cell, so the rare input with a
 * negative zero is handed to `percentile` as is (it orders ±0 by input order).
 *
 * @example percentileSeries({ instants, values }, groups, bucketing, 'team', 50)
 */
export function percentileSeries(
  columns: ValueColumns,
  groups: GroupSource,
  bucketing: Bucketing,
  groupBy: GroupByKey,
  p: number
): Series[] {
  const { instants, values } = columns;
  const nanIsAbsent = columns.nanIsAbsent === true;
  const count = bucketing.starts.length;
  const placement = placeItems(instants, groups, bucketing, groupBy);
  const { bucketOf, rowOf } = placement;
  const cells = placement.labels.length * count;
  const present = new Uint8Array(placement.labels.length);
  const occupied = new Uint8Array(cells);
  const offsets = new Int32Array(cells + 1);
  let negativeZero = false;
  for (let i = 0; i < bucketOf.length; i++) {
    const bucket = bucketOf[i];
    const value = values[i];
    if (bucket >= 0 && !(nanIsAbsent && value !== value)) {
      const row = rowOf === undefined ? 0 : rowOf[i];
      const cell = row * count + bucket;
      present[row] = 1;
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
  for (let i = 0; i < bucketOf.length; i++) {
    const bucket = bucketOf[i];
    const value = values[i];
    if (bucket >= 0 && value - value === 0) {
      runs[next[(rowOf === undefined ? 0 : rowOf[i]) * count + bucket]++] = value;
    }
  }
  return seriesOfRows(placement, present, bucketing, groupBy, (cell) => {
    if (occupied[cell] === 0) {
      return null;
    }
    const run = runs.subarray(offsets[cell], offsets[cell + 1]);
    return negativeZero ? percentile(Array.from(run), p) : percentileOfUnsorted(run, p);
  });
}
