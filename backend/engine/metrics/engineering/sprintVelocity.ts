import type { MetricResult, Notice } from '../../../../common/metricResult';
import type { RecordSet, WorkItemRecord } from '../../../../common/records';
import { buildSeries } from '../../lib/buildSeries';
import { makeBucketing } from '../../lib/makeBucketing';
import type { MetricRequest } from '../../types';
import { sprintOfItem } from './sprintOfItem';

/**
 * Sprint velocity: story points of completed work items. Sprint buckets: items count for their sprint
 * (see sprintOfItem); calendar buckets: items count at their final completion, so an item completed,
 * reopened and completed again counts once, at the last completion. Items without points add 0.
 *
 * @example sprintVelocity(records, { ...request, bucket: 'sprint' }) // points per sprint
 */
export function sprintVelocity(records: RecordSet, request: MetricRequest): MetricResult {
  const sprints = records.sprints ?? [];
  const byId = new Map(sprints.map((s) => [s.id, s]));
  const bucketing = makeBucketing(request, sprints);
  const instantOf = (item: WorkItemRecord): number | undefined => {
    if (request.bucket !== 'sprint') {
      return item.completedAt;
    }
    const sprint = sprintOfItem(item, byId, sprints);
    return sprint === undefined || sprint.endAt <= request.from ? undefined : Math.max(sprint.startAt, request.from);
  };
  const completed = (records.workItems ?? []).filter((item) => item.completedAt !== undefined);
  const series = buildSeries(completed, {
    bucketing,
    instantOf,
    groupBy: request.groupBy,
    aggregate: (xs) => xs.reduce((sum, item) => sum + (item.points ?? 0), 0),
    kind: 'count',
  });
  const unpointed = completed.filter(
    (item) => item.points === undefined && bucketing.indexOf(instantOf(item) ?? Number.NaN) >= 0
  ).length;
  const notices: Notice[] =
    unpointed > 0 ? [{ severity: 'info', text: `${unpointed} completed item(s) have no story points and add 0.` }] : [];
  return { metricId: request.metricId, unit: 'short', series, notices };
}
