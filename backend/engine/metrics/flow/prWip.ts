import type { ChangeRecord } from '../../../../common/records';
import { groupsOf } from '../../lib/columns';
import { dimensionOf } from '../../lib/dimensionOf';
import { groupRowsOf } from '../../lib/groupRanks';
import { seriesLabels } from '../../lib/seriesLabels';
import type { MetricComputer } from '../../types';
import { changeColumnsOf } from './_lib/changeColumns';
import { openCountsAt } from './_lib/openCounts';
import { metricResult, requestBucketing } from './_lib/result';

/**
 * When the PR counts as open and ready: for instants t with start < t ≤ end. Start = creation or ready for
 * review, whichever is later (unknown ready: creation, unless it is still a draft → never); end = merge/close.
 */
export function openReadyInterval(c: ChangeRecord): [number, number] | undefined {
  if (c.readyForReviewAt === undefined && c.draft === true) {
    return undefined;
  }
  return [Math.max(c.createdAt, c.readyForReviewAt ?? c.createdAt), c.mergedAt ?? c.closedAt ?? Infinity];
}

/** Open and out of draft at `asOf`. */
export function isOpenReadyAt(c: ChangeRecord, asOf: number): boolean {
  const interval = openReadyInterval(c);
  return interval !== undefined && interval[0] < asOf && asOf <= interval[1];
}

/**
 * WIP: open, non-draft PRs at each bucket's end (clipped to the request's `to`). Source: changes.
 *
 * @example prWip(records, request) // [{ time, value: 17 }, ...]
 */
export const prWip: MetricComputer = (records, request) => {
  const changes = records.changes ?? [];
  const { readyStart, readyEnd } = changeColumnsOf(changes);
  const bucketing = requestBucketing(records, request);
  const rows = request.groupBy === 'none' ? undefined : groupRowsOf(groupsOf(changes, dimensionOf, request.groupBy));
  const labels = rows === undefined ? [''] : rows.labels;
  const counts = openCountsAt(readyStart, readyEnd, rows?.rowOf, labels.length, bucketing.ends, 'end');
  const n = bucketing.ends.length;
  const series = labels.map((group, row) => ({
    labels: seriesLabels(request.groupBy, group),
    points: bucketing.starts.map((time, i) => ({ time, value: counts[row * n + i] })),
  }));
  return metricResult(request, 'short', series);
};
