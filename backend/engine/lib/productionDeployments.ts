import type { DeploymentRecord } from '../../../common/records';
import { deployedAt } from './deployedAt';
import { memoize } from './memoize';

/**
 * Indexes into the deployments of the successful production deployments, de-duplicated by id (first wins), in
 * deployment order (then by id): productionDeployments as positions, for joins kept by deployment index (see
 * deploymentChangeIndex). Memoized per deployments array: shared and read-only.
 *
 * @example deployments[productionDeploymentIndexes(deployments)[0]] // the first production deployment
 */
export const productionDeploymentIndexes: (deployments: readonly DeploymentRecord[]) => Int32Array = memoize(
  (deployments: readonly DeploymentRecord[]) => {
    const seen = new Set<string>();
    const result: Array<{ i: number; id: string; at: number }> = [];
    for (let i = 0; i < deployments.length; i++) {
      const d = deployments[i];
      if (d.production && d.status === 'success' && !seen.has(d.id)) {
        seen.add(d.id);
        result.push({ i, id: d.id, at: deployedAt(d) });
      }
    }
    result.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return Int32Array.from(result, (r) => r.i);
  }
);

/**
 * Successful production deployments, de-duplicated by id (first wins), in deployment order (then by id).
 * Failed, errored, cancelled and in-progress deployments never changed production and are left out, as are
 * deployments to non-production environments. Memoized per deployments array (see memoize): the result is
 * shared and read-only.
 *
 * @example productionDeployments(records.deployments ?? [])
 */
export const productionDeployments: (deployments: readonly DeploymentRecord[]) => readonly DeploymentRecord[] =
  memoize((deployments: readonly DeploymentRecord[]) =>
    Array.from(productionDeploymentIndexes(deployments), (i) => deployments[i])
  );
