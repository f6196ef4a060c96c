import type { ChangeRecord, ReviewRecord } from '../../../../common/records';
import { changesById } from '../../lib/changesById';
import { groupsOf, instantsOf } from '../../lib/columns';
import { dimensionOf } from '../../lib/dimensionOf';
import { memoize } from '../../lib/memoize';
import { sumSeries } from '../../lib/sumSeries';
import type { MetricComputer } from '../../types';
import { mergedAtOf } from './_lib/prPhases';
import { metricResult, requestBucketing } from './_lib/result';

/**
 * Change id → review comments by people other than the author, for merged PRs. Not memoized: only commentCounts
 * uses it, and that column is.
 */
function nonAuthorComments(
  changes: readonly ChangeRecord[] | undefined,
  reviews: readonly ReviewRecord[] | undefined
): ReadonlyMap<string, number> {
  const authorOf = mergedAuthors(changes ?? []);
  const comments = new Map<string, number>();
  const rs = reviews ?? [];
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i];
    const author = r.commentCount > 0 ? authorOf(r.changeId) : undefined;
    if (author !== undefined && r.reviewer !== author) {
      comments.set(r.changeId, (comments.get(r.changeId) ?? 0) + r.commentCount);
    }
  }
  return comments;
}

/**
 * Change id → author of the merged PR with that id (the last one for a duplicated id). With unique ids (the
 * usual case) that is a lookup in the shared changesById map instead of a second map over every PR.
 */
function mergedAuthors(changes: readonly ChangeRecord[]): (id: string) => string | undefined {
  const byId = changesById(changes);
  if (byId.size === changes.length) {
    return (id) => {
      const c = byId.get(id);
      return c !== undefined && c.mergedAt !== undefined ? c.author : undefined;
    };
  }
  const authorOf = new Map<string, string>();
  for (let i = 0; i < changes.length; i++) {
    if (changes[i].mergedAt !== undefined) {
      authorOf.set(changes[i].id, changes[i].author);
    }
  }
  return (id) => authorOf.get(id);
}

/** Non-author review comments of each PR (aligned with the changes; 0 for none). Memoized per (changes, reviews). */
const commentCounts = memoize(function commentCounts(
  changes: readonly ChangeRecord[],
  reviews: readonly ReviewRecord[] | undefined
): Float64Array {
  const comments = nonAuthorComments(changes, reviews);
  const counts = new Float64Array(changes.length);
  for (let i = 0; i < changes.length; i++) {
    counts[i] = comments.get(changes[i].id) ?? 0;
  }
  return counts;
});

/**
 * Review depth: non-author review comments per PR merged in each bucket (comments / merged PRs; PRs with
 * none count as 0). Sources: changes, reviews.
 *
 * @example prReviewDepth(records, request) // [{ time, value: 2.4 }, ...]
 */
export const prReviewDepth: MetricComputer = (records, request) => {
  const changes = records.changes ?? [];
  const columns = { instants: instantsOf(changes, mergedAtOf), numerators: commentCounts(changes, records.reviews) };
  const groups = request.groupBy === 'none' ? [] : groupsOf(changes, dimensionOf, request.groupBy);
  const series = sumSeries(columns, (i) => groups[i], requestBucketing(records, request), request.groupBy, 'ratio',
    (comments, _, prs) => comments / prs);
  return metricResult(request, 'short', series);
};
