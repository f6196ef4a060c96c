import type { ChangeRecord, RecordSet, ReviewRecord } from '../../../../common/records';
import { reviewChangeIndex } from '../../lib/changeIndex';
import { memoize } from '../../lib/memoize';

/** Columns aligned with the reviews array (NaN instants leave a review out of a series). */
export interface NonAuthorReviewColumns {
  /** submittedAt of reviews by someone other than the PR's author (reviews of unknown PRs: NaN). */
  readonly given: Float64Array;
  /** submittedAt of those where both the reviewer's and the PR's team are known, else NaN. */
  readonly withTeams: Float64Array;
  /** 1 where the reviewer's team differs from the PR's team, else 0. */
  readonly crossTeam: Float64Array;
}

const columnsOf = memoize(function columnsOf(
  changes: readonly ChangeRecord[] | undefined,
  reviews: readonly ReviewRecord[] | undefined
): NonAuthorReviewColumns {
  const cs = changes ?? [];
  const rs = reviews ?? [];
  const changeOf = reviewChangeIndex(cs, rs);
  const given = new Float64Array(rs.length).fill(Number.NaN);
  const withTeams = new Float64Array(rs.length).fill(Number.NaN);
  const crossTeam = new Float64Array(rs.length);
  for (let i = 0; i < rs.length; i++) {
    const review = rs[i];
    const change = changeOf[i] < 0 ? undefined : cs[changeOf[i]];
    if (change && review.reviewer !== change.author) {
      given[i] = review.submittedAt;
      if (review.reviewerTeam && change.team) {
        withTeams[i] = review.submittedAt;
        crossTeam[i] = review.reviewerTeam !== change.team ? 1 : 0;
      }
    }
  }
  return { given, withTeams, crossTeam };
});

/**
 * Reviews written by someone other than the PR's author (reviews of unknown PRs are dropped), as columns over
 * records.reviews; group them by the review's own dimensions (the reviewer's team). Memoized per (changes,
 * reviews) arrays: shared and read-only.
 */
export function nonAuthorReviews(records: RecordSet): NonAuthorReviewColumns {
  return columnsOf(records.changes, records.reviews);
}
