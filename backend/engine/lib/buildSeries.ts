import type { GroupByKey } from '../../../common/query';
import type { Series } from '../../../common/metricResult';
import { groupsOf, instantsOf, type GroupKeyOf } from './columns';
import { dimensionOf } from './dimensionOf';
import { emptyBucketValue, type ValueKind } from './emptyBucketValue';
import type { Bucketing } from './makeBucketing';
import { placeItems, seriesOfRows, type GroupSource } from './placeItems';

export interface BuildSeriesOptions<T> {
  bucketing: Bucketing;
  /** The instant that places an item in a bucket; undefined leaves the item out. */
  instantOf: (item: T) => number | undefined;
  groupBy: GroupByKey;
  /** Group of an item; defaults to groupKeyOf(item, groupBy). */
  groupOf?: (item: T) => string | undefined;
  /** Group of an item as a module-level function (its column is cached per items array); default dimensionOf. */
  groupKeyOf?: GroupKeyOf<T>;
  /** Value of a bucket that holds at least one item. */
  aggregate: (items: T[]) => number | null;
  /** Decides the value of empty buckets (see emptyBucketValue). */
  kind: ValueKind;
}

/**
 * Series from events: items are placed in buckets by `instantOf` (items outside [from, to) are dropped),
 * split by group, and each non-empty bucket is aggregated. Empty buckets are 0 for counts, null otherwise.
 * Ungrouped, there is always exactly one series; grouped, one per group with an item in range (sorted).
 *
 * @example buildSeries(deployments, { bucketing, instantOf: (d) => d.startedAt, groupBy: 'none', aggregate: (xs) => xs.length, kind: 'count' })
 */
export function buildSeries<T extends object>(items: readonly T[], options: BuildSeriesOptions<T>): Series[] {
  const { bucketing, instantOf, groupBy, aggregate, kind } = options;
  const instants = instantsOf(items, instantOf);
  const groupOf = options.groupOf;
  const groups: GroupSource =
    groupBy === 'none' ? [] : groupOf ? (i) => groupOf(items[i]) : groupsOf(items, options.groupKeyOf ?? dimensionOf, groupBy);
  const count = bucketing.starts.length;
  // Two passes: each item's cell (row × bucket) counted, then arrays of the exact size filled in item order.
  const placement = placeItems(instants, groups, bucketing, groupBy);
  const { bucketOf, rowOf } = placement;
  const present = new Uint8Array(placement.labels.length);
  const sizes = new Int32Array(placement.labels.length * count);
  for (let i = 0; i < items.length; i++) {
    if (bucketOf[i] >= 0) {
      const row = rowOf === undefined ? 0 : rowOf[i];
      present[row] = 1;
      sizes[row * count + bucketOf[i]] += 1;
    }
  }
  const cells: Array<T[] | undefined> = Array.from(sizes, (size) => (size === 0 ? undefined : new Array<T>(size)));
  const filled = new Int32Array(sizes.length);
  for (let i = 0; i < items.length; i++) {
    if (bucketOf[i] >= 0) {
      const cell = (rowOf === undefined ? 0 : rowOf[i]) * count + bucketOf[i];
      (cells[cell] as T[])[filled[cell]++] = items[i];
    }
  }
  const empty = emptyBucketValue(kind);
  return seriesOfRows(placement, present, bucketing, groupBy, (cell) => {
    const members = cells[cell];
    return members === undefined ? empty : aggregate(members);
  });
}
