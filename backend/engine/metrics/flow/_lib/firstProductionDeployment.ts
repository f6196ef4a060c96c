import type { DeploymentRecord } from '../../../../../common/records';

/**
 * Change id → instant of the first successful production deployment that lists it in changeIds
 * (finishedAt, else startedAt). One pass over the deployments, so joins stay linear. Not memoized: its one
 * user (prDeployTime) memoizes the durations it measures, so keeping the map too would only hold memory.
 *
 * @example firstProductionDeployment(deployments).get('github:acme/api#12') // 1767225600000
 */
export function firstProductionDeployment(deployments: readonly DeploymentRecord[]): ReadonlyMap<string, number> {
  const first = new Map<string, number>();
  for (let i = 0; i < deployments.length; i++) {
    const d = deployments[i];
    if (!d.production || d.status !== 'success' || !d.changeIds) {
      continue;
    }
    const at = d.finishedAt ?? d.startedAt;
    for (let k = 0; k < d.changeIds.length; k++) {
      const id = d.changeIds[k];
      const seen = first.get(id);
      if (seen === undefined || at < seen) {
        first.set(id, at);
      }
    }
  }
  return first;
}
