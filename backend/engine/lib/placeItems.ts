import type { GroupByKey } from '../../../common/query';
import type { Series } from '../../../common/metricResult';
import { bucketIndexesOf, type IndexColumn } from './bucketIndexes';
import { NO_GROUP_LABEL } from './constants';
import { groupRowsOf, sortedRows } from './groupRanks';
import type { Bucketing } from './makeBucketing';
import { seriesLabels } from './seriesLabels';

/**
 * The group of each item: a column aligned with the items (e.g. groupsOf; its rows are cached per column), or a
 * function of the item's index, asked only for items in a bucket. Unused when ungrouped.
 */
export type GroupSource = ReadonlyArray<string | undefined> | ((i: number) => string | undefined);

/** Where columnar items go: cell = row × buckets + bucket. */
export interface Placement {
  /** Bucket of each item, -1 outside the buckets. Shared: read-only. */
  bucketOf: IndexColumn;
  /** Row of each item's group (-1: not asked); undefined when ungrouped (every item in row 0). */
  rowOf: IndexColumn | undefined;
  /** Group label of each row, ascending ('' alone when ungrouped). */
  labels: readonly string[];
}

const UNGROUPED: readonly string[] = [''];

/**
 * Places columnar items for series building: item i goes to the bucket of instants[i] and the row of its group
 * (undefined → NO_GROUP_LABEL). Rows are in label order, so series come out sorted without a map per item.
 *
 * @example placeItems(instants, groupsOf(changes, dimensionOf, 'team'), bucketing, 'team').rowOf?.[0]
 */
export function placeItems(instants: Float64Array, groups: GroupSource, bucketing: Bucketing, groupBy: GroupByKey): Placement {
  const bucketOf = bucketIndexesOf(instants, bucketing);
  if (groupBy === 'none') {
    return { bucketOf, rowOf: undefined, labels: UNGROUPED };
  }
  if (typeof groups !== 'function') {
    const { labels, rowOf } = groupRowsOf(groups);
    return { bucketOf, rowOf, labels };
  }
  const first = new Map<string, number>();
  const ids = new Int32Array(instants.length).fill(-1);
  for (let i = 0; i < instants.length; i++) {
    if (bucketOf[i] >= 0) {
      const group = groups(i) ?? NO_GROUP_LABEL;
      let id = first.get(group);
      if (id === undefined) {
        id = first.size;
        first.set(group, id);
      }
      ids[i] = id;
    }
  }
  const { labels, rowOf } = sortedRows(first, ids);
  return { bucketOf, rowOf, labels };
}

/**
 * The series of the rows marked present (ungrouped: the one series, always), in row order: one point per
 * bucket, valued by `valueOf(cell)`.
 *
 * @example seriesOfRows(placement, present, bucketing, 'team', (cell) => counts[cell])
 */
export function seriesOfRows(
  placement: Placement,
  present: Uint8Array,
  bucketing: Bucketing,
  groupBy: GroupByKey,
  valueOf: (cell: number) => number | null
): Series[] {
  const count = bucketing.starts.length;
  const series: Series[] = [];
  for (let row = 0; row < placement.labels.length; row++) {
    if (present[row] === 1 || placement.rowOf === undefined) {
      const first = row * count;
      series.push({
        labels: seriesLabels(groupBy, placement.labels[row]),
        points: bucketing.starts.map((time, b) => ({ time, value: valueOf(first + b) })),
      });
    }
  }
  return series;
}
