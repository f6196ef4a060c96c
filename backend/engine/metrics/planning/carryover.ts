import type { SprintRecord, WorkItemRecord } from '../../../../common/records';
import type { MetricComputer } from '../../types';
import { metricResult } from '../flow/_lib/result';
import { isDoneAt } from '../flow/_lib/statusNames';
import { sprintSeries } from './sprintSeries';

/** Item id → start instants of the sprints that planned or added it. */
function sprintStartsByItem(sprints: readonly SprintRecord[]): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (const s of sprints) {
    for (const id of [...s.plannedItemIds, ...s.addedItemIds]) {
      const list = starts.get(id) ?? [];
      list.push(s.startAt);
      starts.set(id, list);
    }
  }
  return starts;
}

/** Moved on from `sprint`: a later entry in its sprint history, or planned/added by a later sprint. */
function movedOn(item: WorkItemRecord, sprint: SprintRecord, starts: Map<string, number[]>): boolean {
  const history = item.sprintHistory ?? [];
  const index = history.indexOf(sprint.id);
  return (index >= 0 && index < history.length - 1) || (starts.get(item.id) ?? []).some((t) => t > sprint.startAt);
}

/**
 * Carryover: committed items (planned + added − removed) not done by the sprint's end that moved to a later
 * sprint / committed items, pooled over the ended sprints starting in each bucket. Sources: work items, sprints.
 *
 * @example carryover(records, request) // 0.2
 */
export const carryover: MetricComputer = (records, request) => {
  const starts = sprintStartsByItem(records.sprints ?? []);
  const series = sprintSeries(records, request, true, (sprint, items) => {
    const removed = new Set(sprint.removedItemIds);
    const committed = [...sprint.plannedItemIds, ...sprint.addedItemIds].filter((id) => !removed.has(id));
    const carried = committed.filter((id) => {
      const item = items.get(id);
      return item !== undefined && !isDoneAt(item, sprint.endAt - 1) && movedOn(item, sprint, starts);
    });
    return { numerator: carried.length, denominator: committed.length };
  });
  return metricResult(request, 'percentunit', series);
};
