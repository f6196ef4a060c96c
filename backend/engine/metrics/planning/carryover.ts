import type { SprintRecord, WorkItemRecord } from '../../../../common/records';
import type { MetricComputer } from '../../types';
import { metricResult } from '../flow/_lib/result';
import { sprintJoinOf, type SprintItems } from './sprintJoin';
import { sprintSeries, type SprintTally } from './sprintSeries';

/** Moved on from `sprint`: a later entry in its sprint history, or planned/added by a later sprint. */
function movedOn(item: WorkItemRecord, sprint: SprintRecord, latestStart: number): boolean {
  const history = item.sprintHistory ?? [];
  const index = history.indexOf(sprint.id);
  return (index >= 0 && index < history.length - 1) || latestStart > sprint.startAt;
}

/**
 * Carryover: committed items (planned + added − removed) not done by the sprint's end that moved to a later
 * sprint / committed items, pooled over the ended sprints starting in each bucket. Sources: work items, sprints.
 *
 * @example carryover(records, request) // 0.2
 */
export const carryover: MetricComputer = (records, request) =>
  metricResult(request, 'percentunit', sprintSeries(records, request, true, carried));

function carried(sprint: SprintRecord, i: number, sprints: readonly SprintRecord[], workItems: readonly WorkItemRecord[]): SprintTally {
  const join = sprintJoinOf(sprints, workItems);
  const removed = new Set(sprint.removedItemIds);
  let committed = 0;
  let carriedOver = 0;
  // Committed: planned, then added, less the removed ids; carried when not done by the end and moved on.
  const tallyList = (ids: readonly string[], { index, doneAtEnd }: SprintItems) => {
    for (let k = 0; k < ids.length; k++) {
      if (!removed.has(ids[k])) {
        committed += 1;
        const item = index[k];
        carriedOver += item >= 0 && doneAtEnd[k] === 0 && movedOn(workItems[item], sprint, join.latestStart[item]) ? 1 : 0;
      }
    }
  };
  tallyList(sprint.plannedItemIds, join.planned[i]);
  tallyList(sprint.addedItemIds, join.added[i]);
  return { numerator: carriedOver, denominator: committed };
}
