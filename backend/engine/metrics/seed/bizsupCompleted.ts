import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet, WorkItemRecord } from '../../../../common/records';
import type { MetricRequest } from '../../types';
import { workItemsOfType } from '../flow/_lib/workItemColumns';
import { countItems } from './countItems';

/** Module-level, so the instants are a column cached per items array. */
function completedAtOf(item: WorkItemRecord): number | undefined {
  return item.completedAt;
}

/**
 * BizSup Completed: business-support work items counted in the bucket of their final completion.
 * Completed, reopened and completed again counts once, at the last completion; reopened and still open
 * does not count (the source clears completedAt on reopen).
 *
 * @example bizsupCompleted(records, { ...request, bucket: 'month' })
 */
export function bizsupCompleted(records: RecordSet, request: MetricRequest): MetricResult {
  return countItems(workItemsOfType(records.workItems ?? [], 'bizsup'), completedAtOf, records, request);
}
