import type { MetricResult } from '../../../../common/metricResult';
import type { DeploymentRecord, RecordSet } from '../../../../common/records';
import { buildSeries } from '../../lib/buildSeries';
import { deployedAt } from '../../lib/deployedAt';
import { makeBucketing } from '../../lib/makeBucketing';
import { productionDeployments } from '../../lib/productionDeployments';
import type { MetricRequest } from '../../types';

const isUnplanned = (d: DeploymentRecord) => d.unplanned === true || d.rollbackOf !== undefined;

/**
 * DORA deployment rework rate (2024): unplanned production deployments made because of a production
 * incident (marked unplanned by the source, or rollbacks) / successful production deployments, per bucket.
 * Ratio 0–1; null for buckets without deployments. DORA publishes no tiers for it.
 *
 * @example reworkRate(records, request).series[0].points // [{ time, value: 0.1 }, ...]
 */
export function reworkRate(records: RecordSet, request: MetricRequest): MetricResult {
  const series = buildSeries(productionDeployments(records.deployments ?? []), {
    bucketing: makeBucketing(request, records.sprints),
    instantOf: deployedAt,
    groupBy: request.groupBy,
    aggregate: (xs) => xs.filter(isUnplanned).length / xs.length,
    kind: 'ratio',
  });
  return { metricId: request.metricId, unit: 'percentunit', series, notices: [] };
}
