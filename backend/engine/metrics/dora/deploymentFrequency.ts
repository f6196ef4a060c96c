import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet } from '../../../../common/records';
import { buildSeries } from '../../lib/buildSeries';
import { deployedAt } from '../../lib/deployedAt';
import { makeBucketing } from '../../lib/makeBucketing';
import { productionDeployments } from '../../lib/productionDeployments';
import type { MetricRequest } from '../../types';

/**
 * DORA deployment frequency: the number of successful production deployments per bucket.
 * Failed deployments are excluded (they did not change production). Unit: count.
 *
 * @example deploymentFrequency({ deployments }, { ...request, bucket: 'week' }).series[0].points
 */
export function deploymentFrequency(records: RecordSet, request: MetricRequest): MetricResult {
  const series = buildSeries(productionDeployments(records.deployments ?? []), {
    bucketing: makeBucketing(request, records.sprints),
    instantOf: deployedAt,
    groupBy: request.groupBy,
    aggregate: (xs) => xs.length,
    kind: 'count',
  });
  return { metricId: request.metricId, unit: 'short', series, notices: [] };
}
