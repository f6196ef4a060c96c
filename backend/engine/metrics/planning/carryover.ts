import type { SprintRecord, WorkItemRecord } from '../../../../common/records';
import { memoize } from '../../lib/memoize';
import type { MetricComputer } from '../../types';
import { metricResult } from '../flow/_lib/result';
import { isDoneAt } from '../flow/_lib/statusNames';
import { sprintSeries, type SprintTally } from './sprintSeries';

/**
 * Item id → the latest start among the sprints that planned or added it (NaN starts ignored, as `some(t > x)`
 * ignores them): "planned or added by a sprint starting after x" is "latest start > x".
 */
const latestSprintStartByItem = memoize(function latestSprintStartByItem(sprints: readonly SprintRecord[]): ReadonlyMap<string, number> {
  const latest = new Map<string, number>();
  const note = (id: string, startAt: number) => {
    const seen = latest.get(id) ?? -Infinity;
    latest.set(id, startAt > seen ? startAt : seen);
  };
  for (const s of sprints) {
    s.plannedItemIds.forEach((id) => note(id, s.startAt));
    s.addedItemIds.forEach((id) => note(id, s.startAt));
  }
  return latest;
});

/** Moved on from `sprint`: a later entry in its sprint history, or planned/added by a later sprint. */
function movedOn(item: WorkItemRecord, sprint: SprintRecord, latest: ReadonlyMap<string, number>): boolean {
  const history = item.sprintHistory ?? [];
  const index = history.indexOf(sprint.id);
  return (index >= 0 && index < history.length - 1) || (latest.get(item.id) ?? -Infinity) > sprint.startAt;
}

/**
 * Carryover: committed items (planned + added − removed) not done by the sprint's end that moved to a later
 * sprint / committed items, pooled over the ended sprints starting in each bucket. Sources: work items, sprints.
 *
 * @example carryover(records, request) // 0.2
 */
export const carryover: MetricComputer = (records, request) =>
  metricResult(request, 'percentunit', sprintSeries(records, request, true, carried));

function carried(sprint: SprintRecord, items: ReadonlyMap<string, WorkItemRecord>, sprints: readonly SprintRecord[]): SprintTally {
  const latest = latestSprintStartByItem(sprints);
  const removed = new Set(sprint.removedItemIds);
  const committed = [...sprint.plannedItemIds, ...sprint.addedItemIds].filter((id) => !removed.has(id));
  const carriedIds = committed.filter((id) => {
    const item = items.get(id);
    return item !== undefined && !isDoneAt(item, sprint.endAt - 1) && movedOn(item, sprint, latest);
  });
  return { numerator: carriedIds.length, denominator: committed.length };
}
