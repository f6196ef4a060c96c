import type { ChangeRecord, RecordSet, ReviewRecord } from '../../../../common/records';

/** Reviews written by someone other than the PR's author, each with its PR (reviews of unknown PRs are dropped). */
export function nonAuthorReviews(records: RecordSet): Array<{ review: ReviewRecord; change: ChangeRecord }> {
  const byId = new Map((records.changes ?? []).map((c) => [c.id, c]));
  const out: Array<{ review: ReviewRecord; change: ChangeRecord }> = [];
  for (const review of records.reviews ?? []) {
    const change = byId.get(review.changeId);
    if (change && review.reviewer !== change.author) {
      out.push({ review, change });
    }
  }
  return out;
}
