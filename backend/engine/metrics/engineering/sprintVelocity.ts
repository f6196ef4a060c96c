import type { MetricResult, Notice } from '../../../../common/metricResult';
import type { RecordSet, WorkItemRecord } from '../../../../common/records';
import { bucketIndexesOf } from '../../lib/bucketIndexes';
import { groupsOf, instantsOf } from '../../lib/columns';
import { dimensionOf } from '../../lib/dimensionOf';
import { makeBucketing } from '../../lib/makeBucketing';
import { sumSeries } from '../../lib/sumSeries';
import type { MetricRequest } from '../../types';
import { workItemColumnsOf } from '../flow/_lib/workItemColumns';
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
  const { completed, completedColumns } = workItemColumnsOf(records.workItems ?? []);
  // Calendar buckets: the final completion; sprint buckets: the item's sprint (from the range start).
  const instants =
    request.bucket !== 'sprint'
      ? completedColumns.completedAt
      : instantsOf(completed, (item: WorkItemRecord): number | undefined => {
        const sprint = sprintOfItem(item, byId, sprints);
        return sprint === undefined || sprint.endAt <= request.from ? undefined : Math.max(sprint.startAt, request.from);
      });
  const groups = request.groupBy === 'none' ? [] : groupsOf(completed, dimensionOf, request.groupBy);
  const series = sumSeries({ instants, numerators: completedColumns.points }, groups, bucketing,
    request.groupBy, 'count', (points) => points);
  const bucketOf = bucketIndexesOf(instants, bucketing);
  let unpointed = 0;
  for (let i = 0; i < completed.length; i++) {
    unpointed += completedColumns.unpointed[i] === 1 && bucketOf[i] >= 0 ? 1 : 0;
  }
  const notices: Notice[] =
    unpointed > 0 ? [{ severity: 'info', text: `${unpointed} completed item(s) have no story points and add 0.` }] : [];
  return { metricId: request.metricId, unit: 'short', series, notices };
}
