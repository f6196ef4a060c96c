import type { Series } from '../../../../common/metricResult';
import type { RecordSet, SprintRecord, WorkItemRecord } from '../../../../common/records';
import { buildSeries } from '../../lib/buildSeries';
import { dimensionOf } from '../../lib/dimensionOf';
import { memoize } from '../../lib/memoize';
import type { MetricRequest } from '../../types';
import { requestBucketing } from '../flow/_lib/result';

export interface SprintTally {
  numerator: number;
  denominator: number;
}

/**
 * Tallies sprint `i` of the record set's sprints, given its work items (see sprintJoinOf for the shared join).
 * Module-level (no per-request state), so the tallies of a record set are computed once (see sprintSeries).
 */
export type SprintTallyOf = (
  sprint: SprintRecord,
  i: number,
  sprints: readonly SprintRecord[],
  workItems: readonly WorkItemRecord[]
) => SprintTally;

const NONE: readonly never[] = [];

/** The tally of each sprint (aligned with the sprints). Memoized per (sprints, work items, tally). */
const talliesOf = memoize(
  (sprints: readonly SprintRecord[], workItems: readonly WorkItemRecord[], tally: SprintTallyOf): readonly SprintTally[] =>
    sprints.map((sprint, i) => tally(sprint, i, sprints, workItems))
);

/**
 * Per-sprint tallies pooled per bucket: Σ numerator / Σ denominator over the sprints placed in the bucket
 * (at their start), null when the denominator is 0. `ended` keeps only sprints that ended by request.to.
 *
 * @example sprintSeries(records, request, true, (s, items) => ({ numerator: 3, denominator: 4 }))
 */
export function sprintSeries(records: RecordSet, request: MetricRequest, ended: boolean, tally: SprintTallyOf): Series[] {
  const sprints = records.sprints ?? NONE;
  const tallies = talliesOf(sprints, records.workItems ?? NONE, tally);
  const tallied = sprints.flatMap((sprint, i) => (!ended || sprint.endAt <= request.to ? [{ sprint, ...tallies[i] }] : []));
  return buildSeries(tallied, {
    bucketing: requestBucketing(records, request),
    instantOf: (t) => t.sprint.startAt,
    groupOf: (t) => dimensionOf(t.sprint, request.groupBy),
    groupBy: request.groupBy,
    aggregate: (ts) => {
      const den = ts.reduce((s, t) => s + t.denominator, 0);
      return den === 0 ? null : ts.reduce((s, t) => s + t.numerator, 0) / den;
    },
    kind: 'ratio',
  });
}
