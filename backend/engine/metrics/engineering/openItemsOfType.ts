import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet, WorkItemRecord, WorkItemType } from '../../../../common/records';
import { groupsOf } from '../../lib/columns';
import { dimensionOf } from '../../lib/dimensionOf';
import { groupRowsOf } from '../../lib/groupRanks';
import { isOpenAt } from '../../lib/isOpenAt';
import { makeBucketing } from '../../lib/makeBucketing';
import { memoize } from '../../lib/memoize';
import { seriesLabels } from '../../lib/seriesLabels';
import type { MetricComputer, MetricRequest } from '../../types';
import { openCountsAt } from '../flow/_lib/openCounts';
import { workItemsOfType } from '../flow/_lib/workItemColumns';

/**
 * Work items of one type open as of the end of each bucket (the last instant before the bucket's end,
 * clipped to the range end; "as of" is request.to, never a clock). Reopened items are open again from the reopen.
 *
 * @example openItemsOfType('bug')(records, { ...request, bucket: 'period' }) // bugs open at request.to
 */
export function openItemsOfType(type: WorkItemType): MetricComputer {
  return (records: RecordSet, request: MetricRequest): MetricResult => {
    const items = workItemsOfType(records.workItems ?? [], type);
    const bucketing = makeBucketing(request, records.sprints);
    const rows = request.groupBy === 'none' ? undefined : groupRowsOf(groupsOf(items, dimensionOf, request.groupBy));
    const labels = rows === undefined ? [''] : rows.labels;
    const asOf = bucketing.ends.map((end) => end - 1);
    const { created, completed, others } = openIntervalsOf(items);
    const counts = openCountsAt(created, completed, rows?.rowOf, labels.length, asOf, 'start');
    for (const i of others) {
      const base = (rows === undefined ? 0 : rows.rowOf[i]) * asOf.length;
      asOf.forEach((instant, k) => {
        counts[base + k] += isOpenAt(items[i], instant) ? 1 : 0;
      });
    }
    const series = labels.map((group, row) => ({
      labels: seriesLabels(request.groupBy, group),
      points: bucketing.starts.map((time, k) => ({ time, value: counts[row * asOf.length + k] })),
    }));
    return { metricId: request.metricId, unit: 'short', series, notices: [] };
  };
}

/**
 * Open items as intervals: an item never reopened is open at t exactly when createdAt ≤ t < completedAt (no
 * completedAt: ∞); the few reopened (or odd) items are left as `others` (NaN intervals), checked one by one
 * (isOpenAt). Memoized per items array: shared and read-only.
 */
const openIntervalsOf = memoize((items: readonly WorkItemRecord[]) => {
  const created = new Float64Array(items.length).fill(Number.NaN);
  const completed = new Float64Array(items.length).fill(Number.NaN);
  const others: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const end = item.completedAt ?? Infinity;
    if ((item.reopenedAt ?? []).length > 0 || !Number.isFinite(item.createdAt) || Number.isNaN(end)) {
      others.push(i);
    } else if (end >= item.createdAt) {
      created[i] = item.createdAt;
      completed[i] = end;
    }
  }
  return { created, completed, others };
});

/** Open bugs as of each bucket end. */
export const bugCountOpen = openItemsOfType('bug');

/** Open tech-debt tickets as of each bucket end. */
export const techDebtOpen = openItemsOfType('tech_debt');
