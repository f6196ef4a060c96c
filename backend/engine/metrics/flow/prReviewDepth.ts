import type { ChangeRecord, ReviewRecord } from '../../../../common/records';
import { changeIndexOf, reviewChangeIndex } from '../../lib/changeIndex';
import { groupsOf, instantsOf } from '../../lib/columns';
import { dimensionOf } from '../../lib/dimensionOf';
import { memoize } from '../../lib/memoize';
import { sumSeries } from '../../lib/sumSeries';
import type { MetricComputer } from '../../types';
import { mergedAtOf } from './_lib/prPhases';
import { metricResult, requestBucketing } from './_lib/result';

/**
 * Non-author review comments of each PR (aligned with the changes; 0 for none), for merged PRs. Comments count
 * per change id; with unique ids (the usual case) each review is joined to its PR through the shared
 * reviewChangeIndex and summed by index, with no map per call. Memoized per (changes, reviews).
 */
const commentCounts = memoize(function commentCounts(
  changes: readonly ChangeRecord[],
  reviews: readonly ReviewRecord[] | undefined
): Float64Array {
  const rs = reviews ?? [];
  if (changeIndexOf(changes).size !== changes.length) {
    return commentCountsById(changes, rs);
  }
  const changeOf = reviewChangeIndex(changes, rs);
  const counts = new Float64Array(changes.length);
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i];
    const c = r.commentCount > 0 ? changeOf[i] : -1;
    if (c >= 0 && changes[c].mergedAt !== undefined && r.reviewer !== changes[c].author) {
      counts[c] += r.commentCount;
    }
  }
  return counts;
});

/** commentCounts for duplicated change ids: the author is the last merged PR's with the id, comments pool per id. */
function commentCountsById(changes: readonly ChangeRecord[], rs: readonly ReviewRecord[]): Float64Array {
  const authorOf = new Map<string, string>();
  for (let i = 0; i < changes.length; i++) {
    if (changes[i].mergedAt !== undefined) {
      authorOf.set(changes[i].id, changes[i].author);
    }
  }
  const comments = new Map<string, number>();
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i];
    const author = r.commentCount > 0 ? authorOf.get(r.changeId) : undefined;
    if (author !== undefined && r.reviewer !== author) {
      comments.set(r.changeId, (comments.get(r.changeId) ?? 0) + r.commentCount);
    }
  }
  const counts = new Float64Array(changes.length);
  for (let i = 0; i < changes.length; i++) {
    counts[i] = comments.get(changes[i].id) ?? 0;
  }
  return counts;
}

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
