import type { ChangeRecord, DeploymentRecord } from '../../../../../common/records';
import { memoize } from '../../../lib/memoize';
import { changeColumnsOf } from './changeColumns';

/**
 * Change id → index of the change in its array (the last one wins for a duplicated id, as with
 * `new Map(entries)`). The one id join over the PRs: deployments' changeIds and reviews' changeId are resolved
 * through it, and per-PR results are kept in typed arrays by index instead of in maps by id. Built in the pass of
 * changeColumnsOf: shared and read-only.
 *
 * @example changes[changeIndexOf(changes).get('github:acme/api#12') ?? -1]
 */
export function changeIndexOf(changes: readonly ChangeRecord[]): ReadonlyMap<string, number> {
  return changeColumnsOf(changes).indexOf;
}

/** The changes each deployment lists, as positions in the changes: deployment i's are positions[offsets[i]..offsets[i + 1]). */
export interface DeploymentChanges {
  readonly offsets: Int32Array;
  /**
   * Index of the listed change (see changeIndexOf), -1 for an id not among the changes. Resolved for successful
   * production deployments only (the only ones whose changes count); the others' entries are -1.
   */
  readonly positions: Int32Array;
}

/**
 * The changeIds of each successful production deployment resolved to change indexes (see changeIndexOf), in the
 * order listed, so the users of deployments' changes (lead time, deploy time, change failures) share one id join.
 * Aligned with the deployments array as given (duplicated deployment ids included). Memoized per (changes,
 * deployments) arrays: shared and read-only.
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
    const positions = new Int32Array(offsets[deployments.length]).fill(-1);
    for (let i = 0; i < deployments.length; i++) {
      const d = deployments[i];
      const ids = d.changeIds;
      if (ids !== undefined && d.production && d.status === 'success') {
        const base = offsets[i];
        for (let k = 0; k < ids.length; k++) {
          positions[base + k] = indexOf.get(ids[k]) ?? -1;
        }
      }
    }
    return { offsets, positions };
  });
