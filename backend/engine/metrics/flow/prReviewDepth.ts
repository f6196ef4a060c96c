import type { RecordSet } from '../../../../common/records';
import { buildSeries } from '../../lib/buildSeries';
import type { MetricComputer } from '../../types';
import { metricResult, requestBucketing } from './_lib/result';

/** Change id → review comments by people other than the author, for PRs merged in [from, to). */
function nonAuthorComments(records: RecordSet, from: number, to: number): Map<string, number> {
  const authorOf = new Map<string, string>();
  for (const c of records.changes ?? []) {
    if (c.mergedAt !== undefined && c.mergedAt >= from && c.mergedAt < to) {
      authorOf.set(c.id, c.author);
    }
  }
  const comments = new Map<string, number>();
  for (const r of records.reviews ?? []) {
    const author = r.commentCount > 0 ? authorOf.get(r.changeId) : undefined;
    if (author !== undefined && r.reviewer !== author) {
      comments.set(r.changeId, (comments.get(r.changeId) ?? 0) + r.commentCount);
    }
  }
  return comments;
}

/**
 * Review depth: non-author review comments per PR merged in each bucket (comments / merged PRs; PRs with
 * none count as 0). Sources: changes, reviews.
 *
 * @example prReviewDepth(records, request) // [{ time, value: 2.4 }, ...]
 */
export const prReviewDepth: MetricComputer = (records, request) => {
  const comments = nonAuthorComments(records, request.from, request.to);
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
