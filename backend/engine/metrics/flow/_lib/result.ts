import type { MetricResult, Notice, Series } from '../../../../../common/metricResult';
import { makeBucketing, type Bucketing } from '../../../lib/makeBucketing';
import type { RecordSet } from '../../../../../common/records';
import type { MetricRequest } from '../../../types';

/** A metric result with the request's id. */
export function metricResult(request: MetricRequest, unit: string, series: Series[], notices: Notice[] = []): MetricResult {
  return { metricId: request.metricId, unit, series, notices };
}

/** The request's buckets (sprint buckets come from the record set's sprints). */
export function requestBucketing(records: RecordSet, request: MetricRequest): Bucketing {
  return makeBucketing(
    { from: request.from, to: request.to, bucket: request.bucket, timezone: request.timezone },
    records.sprints ?? []
  );
}
