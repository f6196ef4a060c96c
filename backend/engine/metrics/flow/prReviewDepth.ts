import type { ChangeRecord, ReviewRecord } from '../../../../common/records';
import { buildSeries } from '../../lib/buildSeries';
import { memoize } from '../../lib/memoize';
import type { MetricComputer } from '../../types';
import { metricResult, requestBucketing } from './_lib/result';

/**
 * Change id → review comments by people other than the author, for merged PRs. Memoized per (changes, reviews)
 * arrays (see memoize): shared and read-only.
 */
const nonAuthorComments = memoize(function nonAuthorComments(
  changes: readonly ChangeRecord[] | undefined,
  reviews: readonly ReviewRecord[] | undefined
): ReadonlyMap<string, number> {
  const authorOf = new Map<string, string>();
  for (const c of changes ?? []) {
    if (c.mergedAt !== undefined) {
      authorOf.set(c.id, c.author);
    }
  }
  const comments = new Map<string, number>();
  for (const r of reviews ?? []) {
    const author = r.commentCount > 0 ? authorOf.get(r.changeId) : undefined;
    if (author !== undefined && r.reviewer !== author) {
      comments.set(r.changeId, (comments.get(r.changeId) ?? 0) + r.commentCount);
    }
  }
  return comments;
});

/**
 * Review depth: non-author review comments per PR merged in each bucket (comments / merged PRs; PRs with
 * none count as 0). Sources: changes, reviews.
 *
 * @example prReviewDepth(records, request) // [{ time, value: 2.4 }, ...]
 */
export const prReviewDepth: MetricComputer = (records, request) => {
  const comments = nonAuthorComments(records.changes, records.reviews);
  const merged = (records.changes ?? []).filter((c) => c.mergedAt !== undefined);
  const series = buildSeries(merged, {
    bucketing: requestBucketing(records, request),
    instantOf: (c) => c.mergedAt,
    groupBy: request.groupBy,
    aggregate: (cs) => cs.reduce((s, c) => s + (comments.get(c.id) ?? 0), 0) / cs.length,
    kind: 'ratio',
  });
  return metricResult(request, 'short', series);
};
