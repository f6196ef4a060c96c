import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet } from '../../../../common/records';
import type { MetricRequest } from '../../types';
import { countItems } from './countItems';

/**
 * BizSup Completed: business-support work items counted in the bucket of their final completion.
 * Completed, reopened and completed again counts once, at the last completion; reopened and still open
 * does not count (the source clears completedAt on reopen).
 *
 * @example bizsupCompleted(records, { ...request, bucket: 'month' })
 */
export function bizsupCompleted(records: RecordSet, request: MetricRequest): MetricResult {
  const items = (records.workItems ?? []).filter((item) => item.type === 'bizsup');
  return countItems(items, (item) => item.completedAt, records, request);
}
