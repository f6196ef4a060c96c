import type { Series } from '../../../../common/metricResult';
import type { RecordSet, SprintRecord, WorkItemRecord } from '../../../../common/records';
import { buildSeries } from '../../lib/buildSeries';
import { dimensionOf } from '../../lib/dimensionOf';
import type { MetricRequest } from '../../types';
import { requestBucketing } from '../flow/_lib/result';

export interface SprintTally {
  numerator: number;
  denominator: number;
}

/**
 * Per-sprint tallies pooled per bucket: Σ numerator / Σ denominator over the sprints placed in the bucket
 * (at their start), null when the denominator is 0. `ended` keeps only sprints that ended by request.to.
 *
 * @example sprintSeries(records, request, true, (s, items) => ({ numerator: 3, denominator: 4 }))
 */
export function sprintSeries(
  records: RecordSet,
  request: MetricRequest,
  ended: boolean,
  tally: (sprint: SprintRecord, items: Map<string, WorkItemRecord>) => SprintTally
): Series[] {
  const items = new Map((records.workItems ?? []).map((w) => [w.id, w]));
  const sprints = (records.sprints ?? []).filter((s) => !ended || s.endAt <= request.to);
  const tallied = sprints.map((sprint) => ({ sprint, ...tally(sprint, items) }));
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
