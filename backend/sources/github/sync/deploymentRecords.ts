/** Deployments of a window, each with the changes it shipped, linked against the stored changes and the batch's. */
import type { Notice } from '../../../../common/metricResult';
import type { ChangeRecord, DeploymentRecord } from '../../../../common/records';
import type { FetchWindow } from '../../types';
import { shippedDeployments } from '../fetchRecords';
import type { RepoDeployments } from '../queries/listDeployments';
import type { StoredLookups } from './storedLookups';
import type { SyncInput } from './syncInput';

export interface DeploymentRead {
  window: FetchWindow;
  /** The repositories' deployments as listDeployments gave them for the window. */
  listed: readonly RepoDeployments[];
  /** Changes of this batch; they replace their stored copies. */
  changes: readonly ChangeRecord[];
  stored: StoredLookups;
  /**
   * Take a repo's base deployment (the one compared with its first deployment in the window) from the store when
   * the listing did not reach back to one: a trailing window of a day is shorter than many repos' release cycle.
   * Deploy workflow runs are then listed from the window start only (not a month before it: all runs, many pages).
   */
  storedBases: boolean;
}

export async function deploymentRecords(input: SyncInput, read: DeploymentRead, notices: Notice[]): Promise<DeploymentRecord[]> {
  const changes = new Map((await read.stored.changes()).map((c) => [c.id, c]));
  read.changes.forEach((c) => changes.set(c.id, c));
  const bases = read.storedBases ? await read.stored.bases(read.window.from) : new Map<string, DeploymentRecord>();
  const runBaseLookbackMs = read.storedBases ? 0 : undefined;
  return shippedDeployments({ ...input, window: read.window, runBaseLookbackMs }, read.listed, [...changes.values()], notices, bases);
}
