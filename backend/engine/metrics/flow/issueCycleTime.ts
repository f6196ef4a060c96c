import { MS_PER_DAY } from '../../lib/constants';
import { durationMetric } from './_lib/durationMetric';
import { firstInProgressAt } from './_lib/statusNames';

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
  instantOf: (w) => w.completedAt,
  measure: () => (w) => {
    const started = firstInProgressAt(w);
    return started === undefined || w.completedAt === undefined ? undefined : w.completedAt - started;
  },
});
