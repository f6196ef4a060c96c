import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet } from '../../../../common/records';
import { buildSeries } from '../../lib/buildSeries';
import { makeBucketing } from '../../lib/makeBucketing';
import type { MetricRequest } from '../../types';

/** A count metric result: items counted in the bucket of `instantOf` (undefined = not counted). */
export function countItems<T extends object>(
  items: readonly T[],
  instantOf: (item: T) => number | undefined,
  records: RecordSet,
  request: MetricRequest
): MetricResult {
  const series = buildSeries(items, {
    bucketing: makeBucketing(request, records.sprints),
    instantOf,
    groupBy: request.groupBy,
    aggregate: (xs) => xs.length,
    kind: 'count',
  });
  return { metricId: request.metricId, unit: 'short', series, notices: [] };
}
