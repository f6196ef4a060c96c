import type { SprintRecord } from '../../../../common/records';
import type { MetricComputer } from '../../types';
import { metricResult } from '../flow/_lib/result';
import { sprintSeries, type SprintTally } from './sprintSeries';

/**
 * Scope change: (items added − items removed after sprint start) / items planned at start, pooled over the
 * sprints starting in each bucket (running sprints included: scope change so far). Can be negative. Source: sprints.
 *
 * @example scopeChange(records, request) // 0.1 = 10 % more scope than committed
 */
export const scopeChange: MetricComputer = (records, request) =>
  metricResult(request, 'percentunit', sprintSeries(records, request, false, netAdded));

function netAdded(sprint: SprintRecord): SprintTally {
  return { numerator: sprint.addedItemIds.length - sprint.removedItemIds.length, denominator: sprint.plannedItemIds.length };
}
