import { MS_PER_HOUR } from '../../lib/constants';
import { durationMetric } from './_lib/durationMetric';
import { firstProductionDeployment } from './_lib/firstProductionDeployment';
import { mergedAtOf } from './_lib/prPhases';

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
  instantOf: mergedAtOf,
  measure: (records) => {
    const deployedAt = firstProductionDeployment(records.changes ?? [], records.deployments ?? []);
    return (c, i) => (c.mergedAt === undefined ? undefined : Math.max(0, deployedAt[i] - c.mergedAt));
  },
});
