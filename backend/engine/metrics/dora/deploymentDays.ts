import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet } from '../../../../common/records';
import { bucketIndexesOf } from '../../lib/bucketIndexes';
import { groupsOf, instantsOf } from '../../lib/columns';
import { deployedAt } from '../../lib/deployedAt';
import { dimensionOf } from '../../lib/dimensionOf';
import { makeBucketing } from '../../lib/makeBucketing';
import { placeItems, seriesOfRows } from '../../lib/placeItems';
import { productionDeployments } from '../../lib/productionDeployments';
import type { MetricRequest } from '../../types';

/**
 * DORA deployment frequency as deployment days (DevLake's measure): the number of distinct local calendar
 * days (request time zone) with at least one successful production deployment, per bucket.
 *
 * @example deploymentDays({ deployments }, { ...request, bucket: 'week' }) // ≤ 7 per week
 */
export function deploymentDays(records: RecordSet, request: MetricRequest): MetricResult {
  const production = productionDeployments(records.deployments ?? []);
  const instants = instantsOf(production, deployedAt);
  const bucketing = makeBucketing(request, records.sprints);
  const days = makeBucketing({ ...request, bucket: 'day' });
  const dayOf = bucketIndexesOf(instants, days);
  const groups = request.groupBy === 'none' ? [] : groupsOf(production, dimensionOf, request.groupBy);
  const placement = placeItems(instants, groups, bucketing, request.groupBy);
  const { bucketOf, rowOf } = placement;
  const count = bucketing.starts.length;
  const present = new Uint8Array(placement.labels.length);
  const distinctDays = new Int32Array(placement.labels.length * count);
  // (cell, day) pairs seen so far; a day can span two sprint buckets, so a day alone is not enough.
  const seen = new Set<number>();
  const dayKeys = days.starts.length + 1;
  for (let i = 0; i < bucketOf.length; i++) {
    if (bucketOf[i] >= 0) {
      const row = rowOf === undefined ? 0 : rowOf[i];
      const cell = row * count + bucketOf[i];
      const key = cell * dayKeys + dayOf[i] + 1;
      present[row] = 1;
      if (!seen.has(key)) {
        seen.add(key);
        distinctDays[cell] += 1;
      }
    }
  }
  const series = seriesOfRows(placement, present, bucketing, request.groupBy, (cell) => distinctDays[cell]);
  return { metricId: request.metricId, unit: 'short', series, notices: [] };
}
