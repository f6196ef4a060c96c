import type { DeploymentRecord } from '../../../common/records';

/**
 * When a deployment reached its environment: its finish time, or its start time while unfinished.
 *
 * @example deployedAt({ startedAt: 1, finishedAt: 5, ... }) // 5
 */
export function deployedAt(deployment: DeploymentRecord): number {
  return deployment.finishedAt ?? deployment.startedAt;
}
