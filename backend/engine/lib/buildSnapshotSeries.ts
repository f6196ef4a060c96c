import type { GroupByKey } from '../../../common/query';
import type { Series } from '../../../common/metricResult';
import { dimensionOf } from './dimensionOf';
import { groupItems } from './groupItems';
import type { Bucketing } from './makeBucketing';
import { seriesLabels } from './seriesLabels';

export interface BuildSnapshotSeriesOptions<T> {
  bucketing: Bucketing;
  groupBy: GroupByKey;
  groupOf?: (item: T) => string | undefined;
  /** Value of a state "as of" an instant, e.g. the number of bugs open then. */
  valueAt: (items: readonly T[], asOf: number) => number | null;
}

/**
 * Series of a state sampled at each bucket's end (its exclusive end, clipped to the request's `to`),
 * e.g. "open bugs as of". Ungrouped: exactly one series; grouped: one per group among the items.
 *
 * @example buildSnapshotSeries(bugs, { bucketing, groupBy: 'team', valueAt: (xs, t) => xs.filter(isOpenAt(t)).length })
 */
export function buildSnapshotSeries<T extends object>(
  items: readonly T[],
  options: BuildSnapshotSeriesOptions<T>
): Series[] {
  const { bucketing, groupBy, valueAt } = options;
  const groupOf = options.groupOf ?? ((item: T) => dimensionOf(item, groupBy));
  const groups = groupBy === 'none' ? new Map([['', [...items]]]) : groupItems(items, groupOf);
  return [...groups].map(([group, members]) => ({
    labels: seriesLabels(groupBy, group),
    points: bucketing.starts.map((time, i) => ({ time, value: valueAt(members, bucketing.ends[i]) })),
  }));
}
