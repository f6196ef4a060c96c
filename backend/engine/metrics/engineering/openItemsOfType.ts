import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet, WorkItemRecord, WorkItemType } from '../../../../common/records';
import { buildSnapshotSeries } from '../../lib/buildSnapshotSeries';
import { filterOnce } from '../../lib/columns';
import { isOpenAt } from '../../lib/isOpenAt';
import { makeBucketing } from '../../lib/makeBucketing';
import type { MetricComputer, MetricRequest } from '../../types';

/**
 * Work items of one type open as of the end of each bucket (the last instant before the bucket's end,
 * clipped to the range end; "as of" is request.to, never a clock). Reopened items are open again from the reopen.
 *
 * @example openItemsOfType('bug')(records, { ...request, bucket: 'period' }) // bugs open at request.to
 */
export function openItemsOfType(type: WorkItemType): MetricComputer {
  const ofType = (item: WorkItemRecord): boolean => item.type === type;
  return (records: RecordSet, request: MetricRequest): MetricResult => {
    const items = filterOnce(records.workItems ?? [], ofType);
    const counters = new WeakMap<readonly WorkItemRecord[], (instant: number) => number>();
    const series = buildSnapshotSeries(items, {
      bucketing: makeBucketing(request, records.sprints),
      groupBy: request.groupBy,
      valueAt: (xs, asOf) => {
        let count = counters.get(xs);
        if (count === undefined) {
          count = openCounter(xs);
          counters.set(xs, count);
        }
        return count(asOf - 1);
      },
    });
    return { metricId: request.metricId, unit: 'short', series, notices: [] };
  };
}

/**
 * Counts the items open at an instant (isOpenAt) in O(log n): an item never reopened is open at t exactly when
 * createdAt ≤ t < completedAt (no completedAt: ∞), so it is an interval; the few reopened (or odd) items are
 * checked one by one.
 */
function openCounter(items: readonly WorkItemRecord[]): (instant: number) => number {
  const created: number[] = [];
  const completed: number[] = [];
  const others: WorkItemRecord[] = [];
  for (const item of items) {
    const end = item.completedAt ?? Infinity;
    if ((item.reopenedAt ?? []).length > 0 || !Number.isFinite(item.createdAt) || Number.isNaN(end)) {
      others.push(item);
    } else if (end >= item.createdAt) {
      created.push(item.createdAt);
      completed.push(end);
    }
  }
  const starts = Float64Array.from(created).sort();
  const ends = Float64Array.from(completed).sort();
  return (instant) => {
    let open = countAtOrBelow(starts, instant) - countAtOrBelow(ends, instant);
    for (const item of others) {
      open += isOpenAt(item, instant) ? 1 : 0;
    }
    return open;
  };
}

/** Number of values in the ascending array that are ≤ x. */
function countAtOrBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** Open bugs as of each bucket end. */
export const bugCountOpen = openItemsOfType('bug');

/** Open tech-debt tickets as of each bucket end. */
export const techDebtOpen = openItemsOfType('tech_debt');
