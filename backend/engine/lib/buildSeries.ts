import type { GroupByKey } from '../../../common/query';
import type { Series } from '../../../common/metricResult';
import { groupsOf, instantsOf, type GroupKeyOf } from './columns';
import { dimensionOf } from './dimensionOf';
import { emptyBucketValue, type ValueKind } from './emptyBucketValue';
import type { Bucketing } from './makeBucketing';
import { placeItems } from './placeItems';
import { seriesLabels } from './seriesLabels';

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
  const cachedGroups = groupBy === 'none' || groupOf ? undefined : groupsOf(items, options.groupKeyOf ?? dimensionOf, groupBy);
  const count = bucketing.starts.length;
  // Two passes: each item's cell (group × bucket), then arrays of the exact size filled in item order.
  const groupAt = (i: number): string | undefined => (groupOf ? groupOf(items[i]) : cachedGroups?.[i]);
  const { groupIds, cellOf } = placeItems(instants, groupAt, bucketing, groupBy);
  const sizes = new Int32Array(groupIds.size * count);
  for (let i = 0; i < items.length; i++) {
    if (cellOf[i] >= 0) {
      sizes[cellOf[i]] += 1;
    }
  }
  const cells: Array<T[] | undefined> = Array.from(sizes, (size) => (size === 0 ? undefined : new Array<T>(size)));
  const filled = new Int32Array(sizes.length);
  for (let i = 0; i < items.length; i++) {
    const cell = cellOf[i];
    const members = cell >= 0 ? cells[cell] : undefined;
    if (members !== undefined) {
      members[filled[cell]++] = items[i];
    }
  }
  const empty = emptyBucketValue(kind);
  return [...groupIds.keys()].sort(compareKeys).map((group) => {
    const first = (groupIds.get(group) ?? 0) * count;
    return {
      labels: seriesLabels(groupBy, group),
      points: bucketing.starts.map((time, i) => {
        const members = cells[first + i];
        return { time, value: members === undefined ? empty : aggregate(members) };
      }),
    };
  });
}
