import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet } from '../../../../common/records';
import { buildSeries } from '../../lib/buildSeries';
import { deployedAt } from '../../lib/deployedAt';
import { makeBucketing } from '../../lib/makeBucketing';
import { productionDeployments } from '../../lib/productionDeployments';
import type { MetricRequest } from '../../types';

/**
 * DORA deployment frequency as deployment days (DevLake's measure): the number of distinct local calendar
 * days (request time zone) with at least one successful production deployment, per bucket.
 *
 * @example deploymentDays({ deployments }, { ...request, bucket: 'week' }) // ≤ 7 per week
 */
export function deploymentDays(records: RecordSet, request: MetricRequest): MetricResult {
  const days = makeBucketing({ ...request, bucket: 'day' });
  const series = buildSeries(productionDeployments(records.deployments ?? []), {
    bucketing: makeBucketing(request, records.sprints),
    instantOf: deployedAt,
    groupBy: request.groupBy,
    aggregate: (xs) => new Set(xs.map((d) => days.indexOf(deployedAt(d)))).size,
    kind: 'count',
  });
  return { metricId: request.metricId, unit: 'short', series, notices: [] };
}
