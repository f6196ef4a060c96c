import { buildSeries } from '../../lib/buildSeries';
import { dimensionOf } from '../../lib/dimensionOf';
import type { MetricComputer } from '../../types';
import { aggregateMetric, sumOf } from '../flow/_lib/aggregateMetric';
import { metricResult, requestBucketing } from '../flow/_lib/result';
import { nonAuthorReviews } from './nonAuthorReviews';
import { teamLevel } from './teamLevel';

/**
 * SPACE activity — PRs opened per bucket (by creation), per team. Source: changes.
 *
 * @example prsOpened(records, { ...request, groupBy: 'team' })
 */
export const prsOpened = teamLevel(
  aggregateMetric({ kind: 'changes', unit: 'short', valueKind: 'count', instantOf: (c) => c.createdAt, aggregate: (cs) => cs.length })
);

/**
 * SPACE activity — commits landed per bucket: the commitCount of PRs merged in it. Source: changes.
 *
 * @example commitsLanded(records, request)
 */
export const commitsLanded = teamLevel(
  aggregateMetric({ kind: 'changes', unit: 'short', valueKind: 'count', instantOf: (c) => c.mergedAt, aggregate: sumOf((c) => c.commitCount ?? 0) })
);

const reviewsGivenRaw: MetricComputer = (records, request) => {
  const series = buildSeries(nonAuthorReviews(records), {
    bucketing: requestBucketing(records, request),
    instantOf: ({ review }) => review.submittedAt,
    groupOf: ({ review }) => dimensionOf(review, request.groupBy),
    groupBy: request.groupBy,
    aggregate: (xs) => xs.length,
    kind: 'count',
  });
  return metricResult(request, 'short', series);
};

/**
 * SPACE activity — reviews given per bucket (non-author reviews, by submission), grouped by the reviewer's team.
 * Sources: changes, reviews.
 *
 * @example reviewsGiven(records, request)
 */
export const reviewsGiven = teamLevel(reviewsGivenRaw);
