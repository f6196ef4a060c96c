import { groupsOf } from '../../lib/columns';
import { dimensionOf } from '../../lib/dimensionOf';
import { sumSeries } from '../../lib/sumSeries';
import type { MetricComputer } from '../../types';
import { mergedAtColumn } from './_lib/changeColumns';
import { reviewColumns } from './_lib/reviewColumns';
import { metricResult, requestBucketing } from './_lib/result';

/**
 * Review depth: non-author review comments per PR merged in each bucket (comments / merged PRs; PRs with
 * none count as 0). Sources: changes, reviews.
 *
 * @example prReviewDepth(records, request) // [{ time, value: 2.4 }, ...]
 */
export const prReviewDepth: MetricComputer = (records, request) => {
  const changes = records.changes ?? [];
  const columns = { instants: mergedAtColumn(changes), numerators: reviewColumns(records).comments };
  const groups = request.groupBy === 'none' ? [] : groupsOf(changes, dimensionOf, request.groupBy);
  const series = sumSeries(columns, groups, requestBucketing(records, request), request.groupBy, 'ratio',
    (comments, _, prs) => comments / prs);
  return metricResult(request, 'short', series);
};
