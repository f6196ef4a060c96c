import type { ChangeRecord } from '../../../../common/records';
import { buildSnapshotSeries } from '../../lib/buildSnapshotSeries';
import type { MetricComputer } from '../../types';
import { makeIntervalCounter } from './_lib/intervalCounter';
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
  const counters = new WeakMap<readonly ChangeRecord[], (t: number) => number>();
  const series = buildSnapshotSeries(records.changes ?? [], {
    bucketing: requestBucketing(records, request),
    groupBy: request.groupBy,
    valueAt: (cs, asOf) => {
      let count = counters.get(cs);
      if (!count) {
        count = makeIntervalCounter(cs.flatMap((c) => {
          const interval = openReadyInterval(c);
          return interval ? [interval] : [];
        }));
        counters.set(cs, count);
      }
      return count(asOf);
    },
  });
  return metricResult(request, 'short', series);
};
