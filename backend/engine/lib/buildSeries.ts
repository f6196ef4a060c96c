import type { GroupByKey } from '../../../common/query';
import type { Series } from '../../../common/metricResult';
import { NO_GROUP_LABEL } from './constants';
import { groupsOf, instantsOf, type GroupKeyOf } from './columns';
import { dimensionOf } from './dimensionOf';
import { emptyBucketValue, type ValueKind } from './emptyBucketValue';
import type { Bucketing } from './makeBucketing';
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
  const groups = new Map<string, Array<T[] | undefined>>();
  if (groupBy === 'none') {
    groups.set('', new Array<T[] | undefined>(count).fill(undefined));
  }
  for (let i = 0; i < items.length; i++) {
    const index = bucketing.indexOf(instants[i]);
    if (index < 0) {
      continue;
    }
    const item = items[i];
    const group = groupBy === 'none' ? '' : ((groupOf ? groupOf(item) : cachedGroups?.[i]) ?? NO_GROUP_LABEL);
    let perBucket = groups.get(group);
    if (perBucket === undefined) {
      perBucket = new Array<T[] | undefined>(count).fill(undefined);
      groups.set(group, perBucket);
    }
    const members = perBucket[index];
    if (members === undefined) {
      perBucket[index] = [item];
    } else {
      members.push(item);
    }
  }
  const empty = emptyBucketValue(kind);
  return [...groups.keys()].sort(compareKeys).map((group) => {
    const perBucket = groups.get(group) ?? [];
    return {
      labels: seriesLabels(groupBy, group),
      points: bucketing.starts.map((time, i) => {
        const members = perBucket[i];
        return { time, value: members === undefined ? empty : aggregate(members) };
      }),
    };
  });
}
