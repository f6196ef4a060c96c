import type { ChangeRecord } from '../../../../common/records';
import { groupsOf } from '../../lib/columns';
import { dimensionOf } from '../../lib/dimensionOf';
import { sumSeries, type SumColumns } from '../../lib/sumSeries';
import type { MetricComputer } from '../../types';
import { changeColumnsOf } from '../flow/_lib/changeColumns';
import { metricResult, requestBucketing } from '../flow/_lib/result';
import { teamLevel } from './teamLevel';

export { prActiveWaiting } from '../flow/_lib/prPhases';

/** Active time and active + waiting time of each PR as columns (merge instant NaN where prActiveWaiting is undefined). */
function activeWaitingOf(changes: readonly ChangeRecord[]): Required<SumColumns> {
  const { activeAt, active, activeAndWaiting } = changeColumnsOf(changes);
  return { instants: activeAt, numerators: active, denominators: activeAndWaiting };
}

const flowEfficiencyRaw: MetricComputer = (records, request) => {
  const changes = records.changes ?? [];
  const columns = activeWaitingOf(changes);
  const groups = request.groupBy === 'none' ? [] : groupsOf(changes, dimensionOf, request.groupBy);
  const series = sumSeries(columns, groups, requestBucketing(records, request), request.groupBy, 'ratio',
    (active, total) => (total === 0 ? null : active / total));
  return metricResult(request, 'percentunit', series);
};

/**
 * SPACE efficiency & flow — flow efficiency: Σ active / Σ (active + waiting) over PRs merged in each bucket
 * that had a review. Source: changes.
 *
 * @example flowEfficiency(records, request) // 0.6
 */
export const flowEfficiency = teamLevel(flowEfficiencyRaw);
