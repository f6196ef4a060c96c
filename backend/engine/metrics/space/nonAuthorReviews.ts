import type { ChangeRecord, RecordSet, ReviewRecord } from '../../../../common/records';
import { changesById } from '../../lib/changesById';
import { memoize } from '../../lib/memoize';

export interface ReviewOfChange {
  review: ReviewRecord;
  change: ChangeRecord;
}

const reviewsOf = memoize(function reviewsOf(
  changes: readonly ChangeRecord[] | undefined,
  reviews: readonly ReviewRecord[] | undefined
): readonly ReviewOfChange[] {
  const byId = changesById(changes ?? []);
  const out: ReviewOfChange[] = [];
  for (const review of reviews ?? []) {
    const change = byId.get(review.changeId);
    if (change && review.reviewer !== change.author) {
      out.push({ review, change });
    }
  }
  return out;
});

/**
 * Reviews written by someone other than the PR's author, each with its PR (reviews of unknown PRs are dropped).
 * Memoized per (changes, reviews) arrays: the list is shared and read-only.
 */
export function nonAuthorReviews(records: RecordSet): readonly ReviewOfChange[] {
  return reviewsOf(records.changes, records.reviews);
}
