import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet } from '../../../../common/records';
import { buildSeries } from '../../lib/buildSeries';
import { MS_PER_HOUR } from '../../lib/constants';
import { deployedAt } from '../../lib/deployedAt';
import { dimensionOf } from '../../lib/dimensionOf';
import { makeBucketing } from '../../lib/makeBucketing';
import { median } from '../../lib/median';
import { productionDeployments } from '../../lib/productionDeployments';
import type { MetricRequest } from '../../types';
import { deploymentFailures, type DeploymentFailure } from './deploymentFailures';
import { failureNotices } from './failureNotices';

/**
 * DORA failed deployment recovery time: median hours from a failed production deployment to its recovery
 * (its linked incidents resolved, else the next successful production deployment of the service),
 * bucketed by the failed deployment's time. Unresolved failures are left out and counted in a notice.
 *
 * @example recoveryTime(records, request).series[0].points // [{ time, value: 3.5 }, ...]
 */
export function recoveryTime(records: RecordSet, request: MetricRequest): MetricResult {
  const production = productionDeployments(records.deployments ?? []);
  const analysis = deploymentFailures(records, production, request.options);
  const bucketing = makeBucketing(request, records.sprints);
  const failures = [...analysis.failures.values()];
  const recovered = failures.filter(
    (f): f is DeploymentFailure & { recoveredAt: number } =>
      f.recoveredAt !== undefined && f.recoveredAt >= deployedAt(f.deployment)
  );
  const series = buildSeries(recovered, {
    bucketing,
    instantOf: (f) => deployedAt(f.deployment),
    groupBy: request.groupBy,
    groupOf: (f) => dimensionOf(f.deployment, request.groupBy),
    aggregate: (xs) => median(xs.map((f) => (f.recoveredAt - deployedAt(f.deployment)) / MS_PER_HOUR)),
    kind: 'duration',
  });
  const notices = failureNotices(analysis, request);
  const unresolved = failures.filter(
    (f) => f.recoveredAt === undefined && bucketing.indexOf(deployedAt(f.deployment)) >= 0
  ).length;
  if (unresolved > 0) {
    notices.push({
      severity: 'info',
      text: `${unresolved} failed deployment(s) in range are not recovered yet and are left out of the median.`,
    });
  }
  return { metricId: request.metricId, unit: 'h', series, notices };
}
