import { MS_PER_HOUR } from '../../lib/constants';
import { changeColumnsOf, mergedAtColumn } from './_lib/changeColumns';
import { durationMetric } from './_lib/durationMetric';
import { firstProductionDeployment } from './_lib/firstProductionDeployment';

/**
 * Deploy time: median hours from merge to the first successful production deployment whose changeIds
 * include the PR, over PRs merged in each bucket that have shipped. Sources: changes, deployments.
 *
 * @example prDeployTime(records, request)
 */
export const prDeployTime = durationMetric({
  kind: 'changes',
  unit: 'h',
  unitMs: MS_PER_HOUR,
  instants: mergedAtColumn,
  measure: (records) => {
    const deployedAt = firstProductionDeployment(records.changes ?? [], records.deployments ?? []);
    const { mergedAt } = changeColumnsOf(records.changes ?? []);
    return (_c, i) => (Number.isNaN(mergedAt[i]) ? undefined : Math.max(0, deployedAt[i] - mergedAt[i]));
  },
});
