import type { MetricResult } from '../../../../common/metricResult';
import type { RecordSet } from '../../../../common/records';
import { makeBucketing } from '../../lib/makeBucketing';
import { percentileSeries } from '../../lib/percentileSeries';
import type { MetricComputer, MetricRequest } from '../../types';
import { leadTimeGroups, leadTimePairs } from './leadTimePairs';

/**
 * DORA change lead time at a percentile: time from a change's first commit to the successful production
 * deployment that shipped it, in hours, bucketed by deployment time. Percentile by linear interpolation.
 *
 * @example changeLeadTime(50)(records, request) // median lead time per bucket
 */
export function changeLeadTime(p: number): MetricComputer {
  return (records: RecordSet, request: MetricRequest): MetricResult => {
    const { pairs, notices } = leadTimePairs(records);
    const columns = { instants: pairs.deployedAt, values: pairs.hours };
    const groups = request.groupBy === 'none' ? [] : leadTimeGroups(pairs, request.groupBy);
    const series = percentileSeries(columns, groups, makeBucketing(request, records.sprints), request.groupBy, p);
    return { metricId: request.metricId, unit: 'h', series, notices: [...notices] };
  };
}

/** DORA change lead time, median (p50) in hours. */
export const leadTimeMedian = changeLeadTime(50);

/** Change lead time, 90th percentile in hours (the long tail the median hides). */
export const leadTimeP90 = changeLeadTime(90);
