import type { ChangeRecord } from '../../../../common/records';
import { buildSnapshotSeries } from '../../lib/buildSnapshotSeries';
import type { MetricComputer } from '../../types';
import { metricResult, requestBucketing } from './_lib/result';

/** Open and out of draft at `asOf` (ready-for-review known: ready before asOf; unknown: not a draft now). */
export function isOpenReadyAt(c: ChangeRecord, asOf: number): boolean {
  const closedAt = c.mergedAt ?? c.closedAt;
  if (c.createdAt >= asOf || (closedAt !== undefined && closedAt < asOf)) {
    return false;
  }
  return c.readyForReviewAt !== undefined ? c.readyForReviewAt < asOf : c.draft !== true;
}

/**
 * WIP: open, non-draft PRs at each bucket's end (clipped to the request's `to`). Source: changes.
 *
 * @example prWip(records, request) // [{ time, value: 17 }, ...]
 */
export const prWip: MetricComputer = (records, request) => {
  const bucketing = requestBucketing(records, request);
  const first = bucketing.ends.length > 0 ? Math.min(...bucketing.ends) : request.to;
  // PRs closed before the first snapshot can never count; dropping them keeps the sweep small.
  const candidates = (records.changes ?? []).filter((c) => {
    const closedAt = c.mergedAt ?? c.closedAt;
    return (closedAt === undefined || closedAt >= first) && c.createdAt < request.to;
  });
  const series = buildSnapshotSeries(candidates, {
    bucketing,
    groupBy: request.groupBy,
    valueAt: (cs, asOf) => cs.reduce((n, c) => n + (isOpenReadyAt(c, asOf) ? 1 : 0), 0),
  });
  return metricResult(request, 'short', series);
};
