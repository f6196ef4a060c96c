import { MS_PER_DAY } from '../../lib/constants';
import { durationMetric } from './_lib/durationMetric';
import { workItemColumnsOf } from './_lib/workItemColumns';

/**
 * Issue cycle time: median days from a work item first entering an in-progress status to its completion,
 * over items completed in each bucket; items that never went through in-progress are left out. Source: work items.
 *
 * @example issueCycleTime(records, request)
 */
export const issueCycleTime = durationMetric({
  kind: 'workItems',
  unit: 'd',
  unitMs: MS_PER_DAY,
  instants: (items) => workItemColumnsOf(items).completedAt,
  measure: (records) => {
    const { completedAt, firstInProgressAt } = workItemColumnsOf(records.workItems ?? []);
    // NaN (never in progress, or not completed) leaves the item out.
    return (_w, i) => completedAt[i] - firstInProgressAt[i];
  },
});
