/** A store backfilled at NOW on the sync scenario, and a function running the next sync at a later instant. */
import { SyncHarness } from '../../../_lib/testing/syncHarness';
import type { GitHubSource } from '../../gitHubSource';
import { SYNC_KINDS, syncOnce, type SyncRun } from './syncRun';
import { BACKFILL_FROM, NOW, syncSource } from './syncScenario';

export interface Backfilled {
  store: SyncHarness;
  backfill: SyncRun;
  /** One run at `at` with the same source (its response cache sees the clock move). */
  syncAt(at: number): Promise<SyncRun>;
}

export async function backfilled(source: (clock: () => number) => GitHubSource = syncSource): Promise<Backfilled> {
  let now = NOW;
  const client = source(() => now);
  const store = new SyncHarness(BACKFILL_FROM, SYNC_KINDS);
  const backfill = await syncOnce(store, client, now);
  return {
    store,
    backfill,
    syncAt: (at) => {
      now = at;
      return syncOnce(store, client, at);
    },
  };
}
