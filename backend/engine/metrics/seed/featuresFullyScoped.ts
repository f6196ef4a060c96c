import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet, WorkItemRecord } from '../../../../common/records';
import type { MetricRequest } from '../../types';
import { countItems } from './countItems';

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

/**
 * Features Fully Scoped: feature work items counted in the bucket of their last entry into the scoped
 * status (EngineOptions.scopedStatus, case-insensitive). Scoped, sent back and scoped again counts once.
 *
 * @example featuresFullyScoped(records, { ...request, bucket: 'month' })
 */
export function featuresFullyScoped(records: RecordSet, request: MetricRequest): MetricResult {
  const features = (records.workItems ?? []).filter((item) => item.type === 'feature');
  return countItems(features, (item) => scopedAt(item, request.options.scopedStatus), records, request);
}
