import type { DeploymentRecord } from '../../../common/records';
import { deployedAt } from './deployedAt';
import { memoize } from './memoize';

function compute(deployments: readonly DeploymentRecord[]): readonly DeploymentRecord[] {
  const seen = new Set<string>();
  const result: Array<{ d: DeploymentRecord; at: number }> = [];
  for (const d of deployments) {
    if (d.production && d.status === 'success' && !seen.has(d.id)) {
      seen.add(d.id);
      result.push({ d, at: deployedAt(d) });
    }
  }
  result.sort((a, b) => a.at - b.at || (a.d.id < b.d.id ? -1 : a.d.id > b.d.id ? 1 : 0));
  return result.map(({ d }) => d);
}

/**
 * Successful production deployments, de-duplicated by id (first wins), in deployment order (then by id).
 * Failed, errored, cancelled and in-progress deployments never changed production and are left out, as are
 * deployments to non-production environments. Memoized per deployments array (see memoize): the result is
 * shared and read-only.
 *
 * @example productionDeployments(records.deployments ?? [])
 */
export const productionDeployments: (deployments: readonly DeploymentRecord[]) => readonly DeploymentRecord[] =
  memoize(compute);
