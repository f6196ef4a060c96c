import type { MetricResult, Notice } from '../../../../common/metricResult';
import type { RecordSet, WorkItemRecord } from '../../../../common/records';
import { buildSeries } from '../../lib/buildSeries';
import { filterOnce, instantsOf } from '../../lib/columns';
import { makeBucketing } from '../../lib/makeBucketing';
import type { MetricRequest } from '../../types';
import { sprintOfItem } from './sprintOfItem';

/** Module-level, so the completed items and their instants are columns cached per work-items array. */
function completedAtOf(item: WorkItemRecord): number | undefined {
  return item.completedAt;
}

function isCompleted(item: WorkItemRecord): boolean {
  return item.completedAt !== undefined;
}

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
  const instantOf =
    request.bucket !== 'sprint'
      ? completedAtOf
      : (item: WorkItemRecord): number | undefined => {
        const sprint = sprintOfItem(item, byId, sprints);
        return sprint === undefined || sprint.endAt <= request.from ? undefined : Math.max(sprint.startAt, request.from);
      };
  const completed = filterOnce(records.workItems ?? [], isCompleted);
  const series = buildSeries(completed, {
    bucketing,
    instantOf,
    groupBy: request.groupBy,
    aggregate: (xs) => xs.reduce((sum, item) => sum + (item.points ?? 0), 0),
    kind: 'count',
  });
  const instants = instantsOf(completed, instantOf);
  let unpointed = 0;
  for (let i = 0; i < completed.length; i++) {
    unpointed += completed[i].points === undefined && bucketing.indexOf(instants[i]) >= 0 ? 1 : 0;
  }
  const notices: Notice[] =
    unpointed > 0 ? [{ severity: 'info', text: `${unpointed} completed item(s) have no story points and add 0.` }] : [];
  return { metricId: request.metricId, unit: 'short', series, notices };
}
