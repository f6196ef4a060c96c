import type { GroupByKey } from '../../../common/query';
import type { Series } from '../../../common/metricResult';
import { dimensionOf } from './dimensionOf';
import { emptyBucketValue, type ValueKind } from './emptyBucketValue';
import { groupItems } from './groupItems';
import type { Bucketing } from './makeBucketing';
import { seriesLabels } from './seriesLabels';

export interface BuildSeriesOptions<T> {
  bucketing: Bucketing;
  /** The instant that places an item in a bucket; undefined leaves the item out. */
  instantOf: (item: T) => number | undefined;
  groupBy: GroupByKey;
  /** Group of an item; defaults to dimensionOf(item, groupBy). */
  groupOf?: (item: T) => string | undefined;
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
  const groupOf = options.groupOf ?? ((item: T) => dimensionOf(item, groupBy));
  const placed = items
    .map((item) => ({ item, index: bucketing.indexOf(instantOf(item) ?? Number.NaN) }))
    .filter(({ index }) => index >= 0);
  const groups = groupBy === 'none' ? new Map([['', placed]]) : groupItems(placed, ({ item }) => groupOf(item));
  const series: Series[] = [];
  for (const [group, members] of groups) {
    const perBucket = bucketing.starts.map((): T[] => []);
    for (const { item, index } of members) {
      perBucket[index].push(item);
    }
    series.push({
      labels: seriesLabels(groupBy, group),
      points: bucketing.starts.map((time, i) => ({
        time,
        value: perBucket[i].length > 0 ? aggregate(perBucket[i]) : emptyBucketValue(kind),
      })),
    });
  }
  return series;
}
