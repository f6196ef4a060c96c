import type { ChangeRecord, ReviewRecord } from '../../../common/records';
import { memoize } from './memoize';

/**
 * Change id → index of the change in its array (the last one wins for a duplicated id, as with
 * `new Map(entries)`). The one id join over the PRs: deployments' changeIds and reviews' changeId are resolved
 * through it, and per-PR results are kept in typed arrays by index instead of in maps by id. Memoized per
 * changes array (see memoize): shared and read-only.
 *
 * @example changes[changeIndexOf(changes).get('github:acme/api#12') ?? -1]
 */
export const changeIndexOf: (changes: readonly ChangeRecord[]) => ReadonlyMap<string, number> = memoize(
  (changes: readonly ChangeRecord[]) => {
    const indexOf = new Map<string, number>();
    for (let i = 0; i < changes.length; i++) {
      indexOf.set(changes[i].id, i);
    }
    return indexOf;
  }
);

/**
 * The change of each review as an index into the changes (see changeIndexOf), -1 for a review of an unknown PR.
 * Memoized per (changes, reviews) arrays: shared and read-only.
 *
 * @example changes[reviewChangeIndex(changes, reviews)[0]] // the PR of reviews[0]
 */
export const reviewChangeIndex: (changes: readonly ChangeRecord[], reviews: readonly ReviewRecord[]) => Int32Array = memoize(
  (changes: readonly ChangeRecord[], reviews: readonly ReviewRecord[]) => {
    const indexOf = changeIndexOf(changes);
    const changeOf = new Int32Array(reviews.length);
    for (let i = 0; i < reviews.length; i++) {
      changeOf[i] = indexOf.get(reviews[i].changeId) ?? -1;
    }
    return changeOf;
  }
);
