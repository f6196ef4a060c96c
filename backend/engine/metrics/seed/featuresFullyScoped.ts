import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet, WorkItemRecord } from '../../../../common/records';
import { groupsOf } from '../../lib/columns';
import { dimensionOf } from '../../lib/dimensionOf';
import { makeBucketing } from '../../lib/makeBucketing';
import { memoize } from '../../lib/memoize';
import { sumSeries } from '../../lib/sumSeries';
import type { MetricRequest } from '../../types';
import { workItemsOfType } from '../flow/_lib/workItemColumns';

const normalize = (status: string) => status.trim().toLowerCase();

/** When a feature last entered the scoped status; its creation when it sits there with no recorded transition. */
export function scopedAt(item: WorkItemRecord, scopedStatus: string): number | undefined {
  const target = normalize(scopedStatus);
  const entries = item.statusHistory.filter((change) => normalize(change.to) === target).map((change) => change.at);
  if (entries.length > 0) {
    return Math.max(...entries);
  }
  return normalize(item.status) === target ? item.createdAt : undefined;
}

/** scopedAt of each item (NaN: never scoped). Memoized per (items array, scoped status): shared and read-only. */
const scopedAtColumn = memoize((items: readonly WorkItemRecord[], scopedStatus: string): Float64Array =>
  Float64Array.from(items, (item) => scopedAt(item, scopedStatus) ?? Number.NaN)
);

/**
 * Features Fully Scoped: feature work items counted in the bucket of their last entry into the scoped
 * status (EngineOptions.scopedStatus, case-insensitive). Scoped, sent back and scoped again counts once.
 *
 * @example featuresFullyScoped(records, { ...request, bucket: 'month' })
 */
export function featuresFullyScoped(records: RecordSet, request: MetricRequest): MetricResult {
  const features = workItemsOfType(records.workItems ?? [], 'feature');
  const groups = request.groupBy === 'none' ? [] : groupsOf(features, dimensionOf, request.groupBy);
  const series = sumSeries({ instants: scopedAtColumn(features, request.options.scopedStatus) }, groups,
    makeBucketing(request, records.sprints), request.groupBy, 'count', (_, __, count) => count);
  return { metricId: request.metricId, unit: 'short', series, notices: [] };
}
