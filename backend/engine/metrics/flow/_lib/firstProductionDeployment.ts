import type { ChangeRecord, DeploymentRecord } from '../../../../../common/records';
import { changeIndexOf, deploymentChangeIndex } from './changeIndex';

/**
 * Instant of the first successful production deployment that lists each change in changeIds (finishedAt, else
 * startedAt), aligned with the changes: a change is looked up by its id (see deploymentChangeIndex), so changes sharing
 * an id share the instant; NaN where no such deployment lists it (and where the first listing's instant is NaN,
 * as a later one never counts as earlier than NaN). One pass over the deployments into a typed array, no map by
 * id. Not memoized: its one user (prDeployTime) memoizes the durations it measures.
 *
 * @example firstProductionDeployment(changes, deployments)[0] // 1767225600000
 */
export function firstProductionDeployment(changes: readonly ChangeRecord[], deployments: readonly DeploymentRecord[]): Float64Array {
  const indexOf = changeIndexOf(changes);
  const { offsets, positions } = deploymentChangeIndex(changes, deployments);
  const first = new Float64Array(changes.length).fill(Number.NaN);
  const seen = new Uint8Array(changes.length);
  for (let i = 0; i < deployments.length; i++) {
    const d = deployments[i];
    if (!d.production || d.status !== 'success' || !d.changeIds) {
      continue;
    }
    const at = d.finishedAt ?? d.startedAt;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const index = positions[k];
      if (index >= 0 && (seen[index] === 0 || at < first[index])) {
        first[index] = at;
        seen[index] = 1;
      }
    }
  }
  if (indexOf.size === changes.length) {
    return first;
  }
  return Float64Array.from(changes, (c) => first[indexOf.get(c.id) ?? -1]);
}
