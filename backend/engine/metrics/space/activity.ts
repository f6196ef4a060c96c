import { groupsOf } from '../../lib/columns';
import { dimensionOf } from '../../lib/dimensionOf';
import { sumSeries } from '../../lib/sumSeries';
import type { MetricComputer } from '../../types';
import { sumMetric } from '../flow/_lib/sumMetric';
import { metricResult, requestBucketing } from '../flow/_lib/result';
import { nonAuthorReviews } from './nonAuthorReviews';
import { teamLevel } from './teamLevel';
import { changeColumnsOf, mergedAtColumn } from '../flow/_lib/changeColumns';

/**
 * SPACE activity — PRs opened per bucket (by creation), per team. Source: changes.
 *
 * @example prsOpened(records, { ...request, groupBy: 'team' })
 */
export const prsOpened = teamLevel(
  sumMetric({ kind: 'changes', unit: 'short', valueKind: 'count', instants: (changes) => changeColumnsOf(changes).createdAt, bucketValue: (_, n) => n })
);

/**
 * SPACE activity — commits landed per bucket: the commitCount of PRs merged in it. Source: changes.
 *
 * @example commitsLanded(records, request)
 */
export const commitsLanded = teamLevel(
  sumMetric({
    kind: 'changes', unit: 'short', valueKind: 'count', instants: mergedAtColumn,
    amounts: (changes) => changeColumnsOf(changes).commits, bucketValue: (sum) => sum,
  })
);

const reviewsGivenRaw: MetricComputer = (records, request) => {
  const reviews = records.reviews ?? [];
  const { given } = nonAuthorReviews(records);
  const groups = request.groupBy === 'none' ? [] : groupsOf(reviews, dimensionOf, request.groupBy);
  const series = sumSeries({ instants: given }, groups, requestBucketing(records, request),
    request.groupBy, 'count', (_, __, count) => count);
  return metricResult(request, 'short', series);
};

/**
 * SPACE activity — reviews given per bucket (non-author reviews, by submission), grouped by the reviewer's team.
 * Sources: changes, reviews.
 *
 * @example reviewsGiven(records, request)
 */
export const reviewsGiven = teamLevel(reviewsGivenRaw);
