import type { MetricResult, Notice } from '../../../../common/metricResult';
import type { RecordSet, WorkItemRecord } from '../../../../common/records';
import { filterOnce, groupsOf, instantsOf } from '../../lib/columns';
import { dimensionOf } from '../../lib/dimensionOf';
import { makeBucketing } from '../../lib/makeBucketing';
import { sumSeries } from '../../lib/sumSeries';
import type { MetricRequest } from '../../types';
import { sprintOfItem } from './sprintOfItem';

/** Module-level, so the completed items and their instants are columns cached per work-items array. */
function completedAtOf(item: WorkItemRecord): number | undefined {
  return item.completedAt;
}

function isCompleted(item: WorkItemRecord): boolean {
  return item.completedAt !== undefined;
}

/** The points an item adds to its bucket (none: 0). Module-level, so the column is cached per items array. */
function pointsOrZero(item: WorkItemRecord): number {
  return item.points ?? 0;
}

/** 1 for an item without story points, else 0 (a column cached per items array). */
function isUnpointed(item: WorkItemRecord): number {
  return item.points === undefined ? 1 : 0;
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
  const instants = instantsOf(completed, instantOf);
  const groups = request.groupBy === 'none' ? [] : groupsOf(completed, dimensionOf, request.groupBy);
  const series = sumSeries({ instants, numerators: instantsOf(completed, pointsOrZero) }, (i) => groups[i], bucketing,
    request.groupBy, 'count', (points) => points);
  const unpointedFlags = instantsOf(completed, isUnpointed);
  let unpointed = 0;
  for (let i = 0; i < completed.length; i++) {
    unpointed += unpointedFlags[i] === 1 && bucketing.indexOf(instants[i]) >= 0 ? 1 : 0;
  }
  const notices: Notice[] =
    unpointed > 0 ? [{ severity: 'info', text: `${unpointed} completed item(s) have no story points and add 0.` }] : [];
  return { metricId: request.metricId, unit: 'short', series, notices };
}
