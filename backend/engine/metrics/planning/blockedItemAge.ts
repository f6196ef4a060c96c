import type { WorkItemRecord } from '../../../../common/records';
import { buildSnapshotSeries } from '../../lib/buildSnapshotSeries';
import { MS_PER_DAY } from '../../lib/constants';
import { median } from '../../lib/median';
import type { MetricComputer } from '../../types';
import { metricResult, requestBucketing } from '../flow/_lib/result';
import { isBlockedStatus, statusChangeAt } from '../flow/_lib/statusNames';

/** Since when the item is blocked at `asOf` (exclusive), from its status history, else from blockedSince. */
export function blockedSinceAt(item: WorkItemRecord, asOf: number): number | undefined {
  if (item.statusHistory.length === 0) {
    return item.blockedSince !== undefined && item.blockedSince < asOf ? item.blockedSince : undefined;
  }
  const change = statusChangeAt(item, asOf - 1);
  return change !== undefined && isBlockedStatus(change.to) ? change.at : undefined;
}

/**
 * Blocked item age: median days that the items blocked at each bucket's end have been blocked (for a single
 * value: as of request.to). Null when nothing is blocked. Source: work items.
 *
 * @example blockedItemAge(records, { ...request, bucket: 'period' }) // [{ time, value: 3.5 }]
 */
export const blockedItemAge: MetricComputer = (records, request) => {
  const candidates = (records.workItems ?? []).filter(
    (w) => w.blockedSince !== undefined || w.statusHistory.some((s) => isBlockedStatus(s.to))
  );
  const series = buildSnapshotSeries(candidates, {
    bucketing: requestBucketing(records, request),
    groupBy: request.groupBy,
    valueAt: (items, asOf) =>
      median(items.flatMap((w) => {
        const since = blockedSinceAt(w, asOf);
        return since === undefined ? [] : [(asOf - since) / MS_PER_DAY];
      })),
  });
  return metricResult(request, 'd', series);
};
