import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet } from '../../../../common/records';
import { bucketStart } from '../../lib/bucketStart';
import { buildSnapshotSeries } from '../../lib/buildSnapshotSeries';
import { makeBucketing } from '../../lib/makeBucketing';
import type { MetricRequest } from '../../types';

/**
 * Incidents month to date: for each bucket, as of its end (clipped to request.to), the number of incidents
 * opened since the start of the local month (request time zone) containing that instant.
 *
 * @example incidentsMtd(records, { ...request, bucket: 'period' }) // incidents this month as of request.to
 */
export function incidentsMtd(records: RecordSet, request: MetricRequest): MetricResult {
  // The month start of a bucket end is the same for every group; bucketStart converts time zones via Intl.
  const monthStarts = new Map<number, number>();
  const monthStartOf = (asOf: number): number => {
    let start = monthStarts.get(asOf);
    if (start === undefined) {
      start = bucketStart(asOf - 1, 'month', request.timezone);
      monthStarts.set(asOf, start);
    }
    return start;
  };
  const series = buildSnapshotSeries(records.incidents ?? [], {
    bucketing: makeBucketing(request, records.sprints),
    groupBy: request.groupBy,
    valueAt: (xs, asOf) => {
      const monthStart = monthStartOf(asOf);
      return xs.filter((i) => i.openedAt >= monthStart && i.openedAt < asOf).length;
    },
  });
  return { metricId: request.metricId, unit: 'short', series, notices: [] };
}
