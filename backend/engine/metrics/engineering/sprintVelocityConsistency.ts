import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet, SprintRecord, WorkItemRecord } from '../../../../common/records';
import { buildSeries } from '../../lib/buildSeries';
import { coefficientOfVariation } from '../../lib/coefficientOfVariation';
import { makeBucketing } from '../../lib/makeBucketing';
import { memoize } from '../../lib/memoize';
import type { MetricRequest } from '../../types';
import { sprintOfItem } from './sprintOfItem';

/**
 * Points completed per sprint id (0 for none), as the items' sprintOfItem gives it. Memoized per (sprints, work
 * items) arrays: it does not depend on the request. Shared and read-only.
 */
const velocityOf = memoize((sprints: readonly SprintRecord[], workItems: readonly WorkItemRecord[]): ReadonlyMap<string, number> => {
  const byId = new Map(sprints.map((s) => [s.id, s]));
  const velocity = new Map<string, number>(sprints.map((s) => [s.id, 0]));
  for (const item of workItems) {
    const sprint = item.completedAt === undefined ? undefined : sprintOfItem(item, byId, sprints);
    if (sprint) {
      velocity.set(sprint.id, (velocity.get(sprint.id) ?? 0) + (item.points ?? 0));
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
