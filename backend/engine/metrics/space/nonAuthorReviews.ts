import type { RecordSet } from '../../../../common/records';
import { reviewColumns, type ReviewColumns } from '../flow/_lib/reviewColumns';

/** Columns aligned with the reviews array (NaN instants leave a review out of a series). */
export type NonAuthorReviewColumns = Pick<ReviewColumns, 'given' | 'withTeams' | 'crossTeam'>;

/**
 * Reviews written by someone other than the PR's author (reviews of unknown PRs are dropped), as columns over
 * records.reviews; group them by the review's own dimensions (the reviewer's team). Shared columns (see
 * reviewColumnsOf): read-only.
 */
export function nonAuthorReviews(records: RecordSet): NonAuthorReviewColumns {
  return reviewColumns(records);
}
