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
  const series = buildSnapshotSeries(records.incidents ?? [], {
    bucketing: makeBucketing(request, records.sprints),
    groupBy: request.groupBy,
    valueAt: (xs, asOf) => {
      const monthStart = bucketStart(asOf - 1, 'month', request.timezone);
      return xs.filter((i) => i.openedAt >= monthStart && i.openedAt < asOf).length;
    },
  });
  return { metricId: request.metricId, unit: 'short', series, notices: [] };
}
