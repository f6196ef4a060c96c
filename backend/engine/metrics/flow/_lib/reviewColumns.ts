/**
 * The per-review and per-PR columns that the review metrics read (review depth, reviews given, participation,
 * cross-team share), from one pass over the reviews joined to their PRs by change index (see changeIndexOf):
 * like changeColumnsOf, a pass costs the reading of the records, so every column (and the reviewer team of each
 * review, for groupsOf) is filled in the same pass.
 */
import type { ChangeRecord, RecordSet, ReviewRecord } from '../../../../../common/records';
import { shareGroups } from '../../../lib/columns';
import { dimensionOf } from '../../../lib/dimensionOf';
import { memoize } from '../../../lib/memoize';
import { changeColumnsOf, FIRST_REVIEW, MERGED } from './changeColumns';

export interface ReviewColumns {
  /** submittedAt of reviews by someone other than the PR's author (reviews of unknown PRs: NaN). */
  readonly given: Float64Array;
  /** submittedAt of those where both the reviewer's and the PR's team are known, else NaN. */
  readonly withTeams: Float64Array;
  /** 1 where the reviewer's team differs from the PR's team, else 0. */
  readonly crossTeam: Uint8Array;
  /** Per change: non-author review comments on a merged PR (comments pool per change id). */
  readonly comments: Float64Array;
  /** Per change: 1 for a PR with a first review, or a merged one with a non-author review in the reviews, else 0. */
  readonly participated: Uint8Array;
}

/** The columns of the reviews and their PRs. Memoized per (changes, reviews) arrays: shared and read-only. */
export const reviewColumnsOf = memoize((changes: readonly ChangeRecord[], reviews: readonly ReviewRecord[]): ReviewColumns => {
  const { flags, authors, teams, ids, indexOf } = changeColumnsOf(changes);
  const unique = indexOf.size === changes.length;
  const given = new Float64Array(reviews.length).fill(Number.NaN);
  const withTeams = new Float64Array(reviews.length).fill(Number.NaN);
  const crossTeam = new Uint8Array(reviews.length);
  const comments = new Float64Array(changes.length);
  const reviewed = new Uint8Array(changes.length);
  const teamGroups = new Array<string | undefined>(reviews.length);
  let previous = 0;
  const [merged, dimension] = [MERGED, dimensionOf];
  for (let i = 0; i < reviews.length; i++) {
    const review = reviews[i];
    teamGroups[i] = dimension(review, 'team');
    const c = changeOfReview(review.changeId, previous, ids, unique, indexOf);
    previous = c < 0 ? previous : c;
    if (c >= 0 && review.reviewer !== authors[c]) {
      given[i] = review.submittedAt;
      if (review.reviewerTeam && teams[c]) {
        withTeams[i] = review.submittedAt;
        crossTeam[i] = review.reviewerTeam !== teams[c] ? 1 : 0;
      }
      if ((flags[c] & merged) !== 0) {
        comments[c] += review.commentCount > 0 ? review.commentCount : 0;
        reviewed[c] = 1;
      }
    }
  }
  shareGroups(reviews, 'team', teamGroups);
  const participated = new Uint8Array(changes.length);
  for (let i = 0; i < changes.length; i++) {
    participated[i] = (flags[i] & FIRST_REVIEW) !== 0 || (unique && reviewed[i] === 1) ? 1 : 0;
  }
  return unique
    ? { given, withTeams, crossTeam, comments, participated }
    : { given, withTeams, crossTeam, ...byId(changes, reviews) };
});

/**
 * The index of a review's change (-1: unknown). Reviews usually come grouped by PR in the PRs' order, so with
 * unique ids the previous review's change or the next one is tried first (a string comparison instead of a map
 * lookup); any other id, and every id when ids repeat, goes through the id index.
 */
function changeOfReview(id: string, previous: number, ids: readonly string[], unique: boolean, indexOf: ReadonlyMap<string, number>): number {
  if (unique && previous < ids.length && ids[previous] === id) {
    return previous;
  }
  if (unique && previous + 1 < ids.length && ids[previous + 1] === id) {
    return previous + 1;
  }
  return indexOf.get(id) ?? -1;
}

/**
 * comments and participated for duplicated change ids, joined by id: the author is the last merged PR's with the
 * id (for participation: the last merged one without a first review), and comments pool per id.
 */
function byId(changes: readonly ChangeRecord[], reviews: readonly ReviewRecord[]): Pick<ReviewColumns, 'comments' | 'participated'> {
  const authorOf = new Map<string, string>();
  const unsure = new Map<string, string>();
  for (const c of changes) {
    if (c.mergedAt !== undefined) {
      authorOf.set(c.id, c.author);
      if (c.firstReviewAt === undefined) {
        unsure.set(c.id, c.author);
      }
    }
  }
  const pooled = new Map<string, number>();
  const reviewed = new Set<string>();
  for (const r of reviews) {
    const author = r.commentCount > 0 ? authorOf.get(r.changeId) : undefined;
    if (author !== undefined && r.reviewer !== author) {
      pooled.set(r.changeId, (pooled.get(r.changeId) ?? 0) + r.commentCount);
    }
    const unsureAuthor = unsure.get(r.changeId);
    if (unsureAuthor !== undefined && r.reviewer !== unsureAuthor) {
      reviewed.add(r.changeId);
    }
  }
  return {
    comments: Float64Array.from(changes, (c) => pooled.get(c.id) ?? 0),
    participated: Uint8Array.from(changes, (c) => (c.firstReviewAt !== undefined || reviewed.has(c.id) ? 1 : 0)),
  };
}

const NO_CHANGES: readonly ChangeRecord[] = [];
const NO_REVIEWS: readonly ReviewRecord[] = [];

/** reviewColumnsOf the record set's changes and reviews (a kind not set up counts as empty). */
export function reviewColumns(records: RecordSet): ReviewColumns {
  return reviewColumnsOf(records.changes ?? NO_CHANGES, records.reviews ?? NO_REVIEWS);
}
