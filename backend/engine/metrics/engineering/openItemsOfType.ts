import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet, WorkItemType } from '../../../../common/records';
import { buildSnapshotSeries } from '../../lib/buildSnapshotSeries';
import { isOpenAt } from '../../lib/isOpenAt';
import { makeBucketing } from '../../lib/makeBucketing';
import type { MetricComputer, MetricRequest } from '../../types';

/**
 * Work items of one type open as of the end of each bucket (the last instant before the bucket's end,
 * clipped to the range end; "as of" is request.to, never a clock). Reopened items are open again from the reopen.
 *
 * @example openItemsOfType('bug')(records, { ...request, bucket: 'period' }) // bugs open at request.to
 */
export function openItemsOfType(type: WorkItemType): MetricComputer {
  return (records: RecordSet, request: MetricRequest): MetricResult => {
    const items = (records.workItems ?? []).filter((item) => item.type === type);
    const series = buildSnapshotSeries(items, {
      bucketing: makeBucketing(request, records.sprints),
      groupBy: request.groupBy,
      valueAt: (xs, asOf) => xs.filter((item) => isOpenAt(item, asOf - 1)).length,
    });
    return { metricId: request.metricId, unit: 'short', series, notices: [] };
  };
}

/** Open bugs as of each bucket end. */
export const bugCountOpen = openItemsOfType('bug');

/** Open tech-debt tickets as of each bucket end. */
export const techDebtOpen = openItemsOfType('tech_debt');
