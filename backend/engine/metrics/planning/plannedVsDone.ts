import type { SprintRecord, WorkItemRecord } from '../../../../common/records';
import type { MetricComputer } from '../../types';
import { metricResult } from '../flow/_lib/result';
import { isDoneAt } from '../flow/_lib/statusNames';
import { sprintSeries, type SprintTally } from './sprintSeries';

/**
 * Planned vs done (planning accuracy): items planned at sprint start that were done by the sprint's end /
 * items planned at start, pooled over the ended sprints starting in each bucket. Sources: work items, sprints.
 *
 * @example plannedVsDone(records, { ...request, bucket: 'sprint' }) // [{ time, value: 0.7 }, ...]
 */
export const plannedVsDone: MetricComputer = (records, request) =>
  metricResult(request, 'percentunit', sprintSeries(records, request, true, plannedDone));

function plannedDone(sprint: SprintRecord, items: ReadonlyMap<string, WorkItemRecord>): SprintTally {
  return {
    numerator: sprint.plannedItemIds.filter((id) => {
      const item = items.get(id);
      return item !== undefined && isDoneAt(item, sprint.endAt - 1);
    }).length,
    denominator: sprint.plannedItemIds.length,
  };
}
