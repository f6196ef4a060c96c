import type { DeploymentRecord } from '../../../common/records';
import { deployedAt } from './deployedAt';

/**
 * Successful production deployments, de-duplicated by id (first wins), in deployment order (then by id).
 * Failed, errored, cancelled and in-progress deployments never changed production and are left out, as are
 * deployments to non-production environments. Returns a new array.
 *
 * @example productionDeployments(records.deployments ?? [])
 */
export function productionDeployments(deployments: readonly DeploymentRecord[]): DeploymentRecord[] {
  const seen = new Set<string>();
  const result: DeploymentRecord[] = [];
  for (const d of deployments) {
    if (d.production && d.status === 'success' && !seen.has(d.id)) {
      seen.add(d.id);
      result.push(d);
    }
  }
  return result.sort((a, b) => deployedAt(a) - deployedAt(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
