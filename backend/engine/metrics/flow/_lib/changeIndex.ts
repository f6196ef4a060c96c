import type { ChangeRecord, DeploymentRecord, ReviewRecord } from '../../../common/records';
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

/** The changes each deployment lists, as positions in the changes: deployment i's are positions[offsets[i]..offsets[i + 1]). */
export interface DeploymentChanges {
  readonly offsets: Int32Array;
  /** Index of the listed change (see changeIndexOf), -1 for an id not among the changes. */
  readonly positions: Int32Array;
}

/**
 * The changeIds of each deployment resolved to change indexes (see changeIndexOf), in the order listed, so the
 * users of deployments' changes (lead time, deploy time) share one id join. Aligned with the deployments array
 * as given (duplicated deployment ids included). Memoized per (changes, deployments) arrays: shared and read-only.
 *
 * @example const { offsets, positions } = deploymentChangeIndex(changes, deployments); positions[offsets[0]] // first change of deployments[0]
 */
export const deploymentChangeIndex: (changes: readonly ChangeRecord[], deployments: readonly DeploymentRecord[]) => DeploymentChanges =
  memoize((changes: readonly ChangeRecord[], deployments: readonly DeploymentRecord[]) => {
    const indexOf = changeIndexOf(changes);
    const offsets = new Int32Array(deployments.length + 1);
    for (let i = 0; i < deployments.length; i++) {
      offsets[i + 1] = offsets[i] + (deployments[i].changeIds?.length ?? 0);
    }
    const positions = new Int32Array(offsets[deployments.length]);
    for (let i = 0; i < deployments.length; i++) {
      const ids = deployments[i].changeIds;
      if (ids !== undefined) {
        const base = offsets[i];
        for (let k = 0; k < ids.length; k++) {
          positions[base + k] = indexOf.get(ids[k]) ?? -1;
        }
      }
    }
    return { offsets, positions };
  });
