import type { MetricComputer } from '../../types';
import { metricResult } from '../flow/_lib/result';
import { isDoneAt } from '../flow/_lib/statusNames';
import { sprintSeries } from './sprintSeries';

/**
 * Planned vs done (planning accuracy): items planned at sprint start that were done by the sprint's end /
 * items planned at start, pooled over the ended sprints starting in each bucket. Sources: work items, sprints.
 *
 * @example plannedVsDone(records, { ...request, bucket: 'sprint' }) // [{ time, value: 0.7 }, ...]
 */
export const plannedVsDone: MetricComputer = (records, request) => {
  const series = sprintSeries(records, request, true, (sprint, items) => ({
    numerator: sprint.plannedItemIds.filter((id) => {
      const item = items.get(id);
      return item !== undefined && isDoneAt(item, sprint.endAt - 1);
    }).length,
    denominator: sprint.plannedItemIds.length,
  }));
  return metricResult(request, 'percentunit', series);
};
