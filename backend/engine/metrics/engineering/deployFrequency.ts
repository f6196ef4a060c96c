import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet } from '../../../../common/records';
import { buildSeries } from '../../lib/buildSeries';
import { MS_PER_WEEK } from '../../lib/constants';
import { deployedAt } from '../../lib/deployedAt';
import { makeBucketing } from '../../lib/makeBucketing';
import { productionDeployments } from '../../lib/productionDeployments';
import type { MetricRequest } from '../../types';

/**
 * Deploy frequency per week: successful production deployments in each bucket divided by the bucket's
 * length in weeks (clipped to the query range), so every bucket size reads "per week". Failed and
 * non-production deployments are excluded.
 *
 * @example deployFrequency(records, { ...request, bucket: 'month' }) // average deployments per week in each month
 */
export function deployFrequency(records: RecordSet, request: MetricRequest): MetricResult {
  const bucketing = makeBucketing(request, records.sprints);
  const counts = buildSeries(productionDeployments(records.deployments ?? []), {
    bucketing,
    instantOf: deployedAt,
    groupBy: request.groupBy,
    aggregate: (xs) => xs.length,
    kind: 'count',
  });
  const weeks = bucketing.starts.map((start, i) => (bucketing.ends[i] - Math.max(start, request.from)) / MS_PER_WEEK);
  const series = counts.map((s) => ({
    ...s,
    points: s.points.map((p, i) => ({
      time: p.time,
      value: p.value === null || weeks[i] <= 0 ? null : p.value / weeks[i],
    })),
  }));
  return { metricId: request.metricId, unit: 'short', series, notices: [] };
}
