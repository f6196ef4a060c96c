import type { MetricResult } from '../../../../common/metricResult';
import type { DeploymentRecord, RecordSet } from '../../../../common/records';
import { groupsOf, instantsOf } from '../../lib/columns';
import { deployedAt } from '../../lib/deployedAt';
import { dimensionOf } from '../../lib/dimensionOf';
import { makeBucketing } from '../../lib/makeBucketing';
import { memoize } from '../../lib/memoize';
import { productionDeployments } from '../../lib/productionDeployments';
import { sumSeries } from '../../lib/sumSeries';
import type { MetricRequest } from '../../types';
import { deploymentFailures, type FailureAnalysis } from './deploymentFailures';
import { failureNotices } from './failureNotices';

/** 1 for each production deployment that failed, else 0 (aligned with production). Memoized: shared and read-only. */
const failedOf = memoize((analysis: FailureAnalysis, production: readonly DeploymentRecord[]): Uint8Array =>
  Uint8Array.from(production, (d) => (analysis.failures.has(d.id) ? 1 : 0))
);

/**
 * DORA change fail rate: production deployments that required immediate intervention (linked incident,
 * rollback, or a deployed revert) / successful production deployments, per bucket of deployment time.
 * Ratio 0–1; null for buckets without deployments.
 *
 * @example changeFailRate(records, request).series[0].points // [{ time, value: 0.25 }, ...]
 */
export function changeFailRate(records: RecordSet, request: MetricRequest): MetricResult {
  const production = productionDeployments(records.deployments ?? []);
  const analysis = deploymentFailures(records, production, request.options);
  const columns = { instants: instantsOf(production, deployedAt), numerators: failedOf(analysis, production) };
  const groups = request.groupBy === 'none' ? [] : groupsOf(production, dimensionOf, request.groupBy);
  const series = sumSeries(columns, groups, makeBucketing(request, records.sprints), request.groupBy, 'ratio',
    (failed, _, deployments) => failed / deployments);
  return { metricId: request.metricId, unit: 'percentunit', series, notices: failureNotices(analysis, request) };
}
