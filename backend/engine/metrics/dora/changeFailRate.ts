import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet } from '../../../../common/records';
import { buildSeries } from '../../lib/buildSeries';
import { deployedAt } from '../../lib/deployedAt';
import { makeBucketing } from '../../lib/makeBucketing';
import { productionDeployments } from '../../lib/productionDeployments';
import type { MetricRequest } from '../../types';
import { deploymentFailures } from './deploymentFailures';
import { failureNotices } from './failureNotices';

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
  const series = buildSeries(production, {
    bucketing: makeBucketing(request, records.sprints),
    instantOf: deployedAt,
    groupBy: request.groupBy,
    aggregate: (xs) => xs.filter((d) => analysis.failures.has(d.id)).length / xs.length,
    kind: 'ratio',
  });
  return { metricId: request.metricId, unit: 'percentunit', series, notices: failureNotices(analysis, request) };
}
