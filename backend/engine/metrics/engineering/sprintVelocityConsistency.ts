import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet, SprintRecord, WorkItemRecord } from '../../../../common/records';
import { buildSeries } from '../../lib/buildSeries';
import { coefficientOfVariation } from '../../lib/coefficientOfVariation';
import { makeBucketing } from '../../lib/makeBucketing';
import { memoize } from '../../lib/memoize';
import type { MetricRequest } from '../../types';
import { sprintAtOf } from '../../lib/sprintAt';
import { workItemColumnsOf } from '../flow/_lib/workItemColumns';

/**
 * Points completed per sprint id (0 for none), as the items' sprintOfItem gives it (from the completed items'
 * columns: the sprint field, else the sprint running at the completion). Memoized per (sprints, work items)
 * arrays: it does not depend on the request. Shared and read-only.
 */
const velocityOf = memoize((sprints: readonly SprintRecord[], workItems: readonly WorkItemRecord[]): ReadonlyMap<string, number> => {
  const byId = new Map(sprints.map((s) => [s.id, s]));
  const velocity = new Map<string, number>(sprints.map((s) => [s.id, 0]));
  const { completed, completedColumns } = workItemColumnsOf(workItems);
  const runningAt = sprintAtOf(sprints);
  for (let k = 0; k < completed.length; k++) {
    const sprintId = completedColumns.sprints[k];
    const sprint = (sprintId === undefined ? undefined : byId.get(sprintId)) ?? runningAt(completed[k].completedAt as number);
    if (sprint) {
      velocity.set(sprint.id, (velocity.get(sprint.id) ?? 0) + completedColumns.points[k]);
    }
  }
  return velocity;
});

/**
 * Sprint velocity consistency: coefficient of variation (population sd / mean) of the velocities of the
 * sprints that end in each bucket (a sprint's last instant is endAt − 1 ms). Sprints with nothing completed
 * have velocity 0. Null with fewer than two sprints or a zero mean. Lower is more consistent.
 *
 * @example sprintVelocityConsistency(records, { ...request, bucket: 'period' }) // e.g. 0.27
 */
export function sprintVelocityConsistency(records: RecordSet, request: MetricRequest): MetricResult {
  const sprints = records.sprints ?? [];
  const velocity = velocityOf(sprints, records.workItems ?? []);
  const series = buildSeries(sprints, {
    bucketing: makeBucketing(request, sprints),
    instantOf: (s: SprintRecord) => s.endAt - 1,
    groupBy: request.groupBy,
    aggregate: (xs) => (xs.length < 2 ? null : coefficientOfVariation(xs.map((s) => velocity.get(s.id) ?? 0))),
    kind: 'ratio',
  });
  return { metricId: request.metricId, unit: 'percentunit', series, notices: [] };
}
