import type { ChangeRecord } from '../../../../common/records';
import { groupsOf } from '../../lib/columns';
import { dimensionOf } from '../../lib/dimensionOf';
import { groupIndices } from '../../lib/groupItems';
import { memoize } from '../../lib/memoize';
import { seriesLabels } from '../../lib/seriesLabels';
import type { MetricComputer } from '../../types';
import { intervalCounterOf } from './_lib/intervalCounter';
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

/** The open-and-ready interval of each PR as columns (NaN where there is none). Memoized per changes array. */
const readyIntervalsOf = memoize((changes: readonly ChangeRecord[]): { starts: Float64Array; ends: Float64Array } => {
  const starts = new Float64Array(changes.length).fill(Number.NaN);
  const ends = new Float64Array(changes.length).fill(Number.NaN);
  for (let i = 0; i < changes.length; i++) {
    // openReadyInterval, without a tuple per PR.
    const c = changes[i];
    if (c.readyForReviewAt !== undefined || c.draft !== true) {
      starts[i] = Math.max(c.createdAt, c.readyForReviewAt ?? c.createdAt);
      ends[i] = c.mergedAt ?? c.closedAt ?? Infinity;
    }
  }
  return { starts, ends };
});

function pick(column: Float64Array, indices: readonly number[]): Float64Array {
  const picked = new Float64Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    picked[i] = column[indices[i]];
  }
  return picked;
}

/**
 * WIP: open, non-draft PRs at each bucket's end (clipped to the request's `to`). Source: changes.
 *
 * @example prWip(records, request) // [{ time, value: 17 }, ...]
 */
export const prWip: MetricComputer = (records, request) => {
  const changes = records.changes ?? [];
  const { starts, ends } = readyIntervalsOf(changes);
  const bucketing = requestBucketing(records, request);
  const grouped = request.groupBy !== 'none';
  const groups = grouped ? groupIndices(groupsOf(changes, dimensionOf, request.groupBy), changes.length) : new Map([['', []]]);
  const series = [...groups].map(([group, indices]) => {
    const count = grouped ? intervalCounterOf(pick(starts, indices), pick(ends, indices)) : intervalCounterOf(starts, ends);
    return {
      labels: seriesLabels(request.groupBy, group),
      points: bucketing.starts.map((time, i) => ({ time, value: count(bucketing.ends[i]) })),
    };
  });
  return metricResult(request, 'short', series);
};
