import { buildSeries } from '../../lib/buildSeries';
import { dimensionOf } from '../../lib/dimensionOf';
import type { RecordSet } from '../../../../common/records';
import type { MetricComputer } from '../../types';
import { metricResult, requestBucketing } from '../flow/_lib/result';
import { nonAuthorReviews } from './nonAuthorReviews';
import { teamLevel } from './teamLevel';

/** Ids of merged PRs without firstReviewAt that still have a non-author review in the reviews. */
function reviewedWithoutFirstReview(records: RecordSet): Set<string> {
  const unsure = new Map<string, string>();
  for (const c of records.changes ?? []) {
    if (c.mergedAt !== undefined && c.firstReviewAt === undefined) {
      unsure.set(c.id, c.author);
    }
  }
  const reviewed = new Set<string>();
  for (const r of records.reviews ?? []) {
    const author = unsure.get(r.changeId);
    if (author !== undefined && r.reviewer !== author) {
      reviewed.add(r.changeId);
    }
  }
  return reviewed;
}

const participationRaw: MetricComputer = (records, request) => {
  const reviewed = reviewedWithoutFirstReview(records);
  const merged = (records.changes ?? []).filter((c) => c.mergedAt !== undefined);
  const series = buildSeries(merged, {
    bucketing: requestBucketing(records, request),
    instantOf: (c) => c.mergedAt,
    groupBy: request.groupBy,
    aggregate: (cs) => cs.filter((c) => c.firstReviewAt !== undefined || reviewed.has(c.id)).length / cs.length,
    kind: 'ratio',
  });
  return metricResult(request, 'percentunit', series);
};

/**
 * SPACE collaboration — review participation: share of PRs merged in each bucket that had at least one
 * review by someone other than the author. Sources: changes, reviews.
 *
 * @example reviewParticipation(records, request) // 0.95
 */
export const reviewParticipation = teamLevel(participationRaw);

const crossTeamRaw: MetricComputer = (records, request) => {
  const known = nonAuthorReviews(records).filter(({ review, change }) => review.reviewerTeam && change.team);
  const series = buildSeries(known, {
    bucketing: requestBucketing(records, request),
    instantOf: ({ review }) => review.submittedAt,
    groupOf: ({ review }) => dimensionOf(review, request.groupBy),
    groupBy: request.groupBy,
    aggregate: (xs) => xs.filter(({ review, change }) => review.reviewerTeam !== change.team).length / xs.length,
    kind: 'ratio',
  });
  return metricResult(request, 'percentunit', series);
};

/**
 * SPACE collaboration — cross-team review share: non-author reviews whose reviewer's team differs from the
 * PR's team / non-author reviews where both teams are known; grouped by the reviewer's team. Sources: changes, reviews.
 *
 * @example crossTeamReviewShare(records, request) // 0.15
 */
export const crossTeamReviewShare = teamLevel(crossTeamRaw);
