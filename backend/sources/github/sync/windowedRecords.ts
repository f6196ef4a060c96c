/**
 * Deployments and releases of a window, read whole, each kind with a replace window: whatever the store holds in
 * the window that GitHub no longer lists (a deleted deployment, release or tag) is removed with the batch.
 */
import type { Notice } from '../../../../common/metricResult';
import type { ChangeRecord, DeploymentRecord, RecordSet } from '../../../../common/records';
import type { FetchWindow, ReplaceWindow } from '../../types';
import { releasesAndTags, shippedDeployments } from '../fetchRecords';
import type { RepoDeployments } from '../queries/listDeployments';
import type { StoredLookups } from './storedLookups';
import { wants, type SyncInput } from './syncInput';

export interface WindowedRead {
  window: FetchWindow;
  /** What the probe listed for the window (deployments, and the repositories that answer). */
  reachable: readonly RepoDeployments[];
  /** Changes of this batch; they replace stored copies when deployments are linked to what they shipped. */
  changes: readonly ChangeRecord[];
  stored: StoredLookups;
  /**
   * Take a repo's base deployment (the one compared with its first deployment in the window) from the store when
   * the listing did not reach back to one: a trailing window of a day is shorter than many repos' release cycle.
   */
  storedBases: boolean;
}

export async function windowedRecords(input: SyncInput, read: WindowedRead, notices: Notice[]): Promise<{ upserts: RecordSet; replace: ReplaceWindow[] }> {
  const { window } = read;
  const upserts: RecordSet = {};
  const replace: ReplaceWindow[] = [];
  if (wants(input, 'deployments')) {
    const changes = new Map((await read.stored.changes()).map((c) => [c.id, c]));
    read.changes.forEach((c) => changes.set(c.id, c));
    const bases = read.storedBases ? await read.stored.bases(window.from) : new Map<string, DeploymentRecord>();
    upserts.deployments = await shippedDeployments({ ...input, window }, read.reachable, [...changes.values()], notices, bases);
    replace.push({ kind: 'deployments', window });
  }
  if (wants(input, 'releases')) {
    upserts.releases = await releasesAndTags(input.api, read.reachable.map((r) => r.repo), window);
    replace.push({ kind: 'releases', window });
  }
  return { upserts, replace };
}
