import type { SprintRecord, WorkItemRecord } from '../../../../common/records';
import type { MetricComputer } from '../../types';
import { metricResult } from '../flow/_lib/result';
import { sprintJoinOf } from './sprintJoin';
import { sprintSeries, type SprintTally } from './sprintSeries';

/**
 * Planned vs done (planning accuracy): items planned at sprint start that were done by the sprint's end /
 * items planned at start, pooled over the ended sprints starting in each bucket. Sources: work items, sprints.
 *
 * @example plannedVsDone(records, { ...request, bucket: 'sprint' }) // [{ time, value: 0.7 }, ...]
 */
export const plannedVsDone: MetricComputer = (records, request) =>
  metricResult(request, 'percentunit', sprintSeries(records, request, true, plannedDone));

function plannedDone(sprint: SprintRecord, i: number, sprints: readonly SprintRecord[], workItems: readonly WorkItemRecord[]): SprintTally {
  const { doneAtEnd } = sprintJoinOf(sprints, workItems).planned[i];
  let done = 0;
  for (let k = 0; k < doneAtEnd.length; k++) {
    done += doneAtEnd[k];
  }
  return { numerator: done, denominator: sprint.plannedItemIds.length };
}
