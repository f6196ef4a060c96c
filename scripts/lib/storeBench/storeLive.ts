/**
 * The store on the 20-repo double: its first full sync (the backfill; a run paused by the hourly request budget
 * resumes when it says, the clock jumping there), the Engineering panels from the store, warm panel latency, and
 * a day of hourly incremental syncs.
 */
import { rmSync } from 'node:fs';

import type { BenchActivityCounts } from '../../../backend/sources/github/testing/bench/benchActivity';
import type { StoreSync } from '../../../backend/sync/storeSync';
import { engineeringPanels, refreshDashboard, shownValues } from './dashboard';
import { storeInstance, tempStoreDir } from './instances';
import { measurePanels, type LatencySummary } from './latency';
import { progress, simulateDay, startLiveOrg, STEADY_HOURS, timed, WARM_AFTER_MS, type HourlyRequests, type Timed } from './liveOrg';

const ROUNDS = 10;
const MAX_RUNS = 20;

export interface StoreLiveResult {
  backfill: Timed & { runs: number; pausedMinutes: number; budgetPerHour?: number };
  /** When the backfill completed (the on-demand process opens the dashboard at the same instant). */
  backfilledAt: number;
  records: Record<string, number>;
  afterBackfill: unknown[];
  warm: LatencySummary;
  steady: { hours: number; activity: BenchActivityCounts; requests: HourlyRequests };
  afterDay: unknown[];
  maxRssMb: number;
}

async function view(sync: StoreSync) {
  const status = await sync.status();
  const github = status.sources.find((s) => s.source === 'github');
  if (!github) {
    throw new Error(`the store does not sync GitHub${status.store.error ? `: ${status.store.error}` : ''}`);
  }
  return github;
}

async function backfill(sync: StoreSync, clock: { now: number }) {
  const started = clock.now;
  await sync.ready();
  await sync.settle('github');
  for (let runs = 1; runs <= MAX_RUNS; runs++) {
    const state = await view(sync);
    if (state.state === 'ok') {
      return { runs, pausedMinutes: (clock.now - started) / 60_000, budgetPerHour: state.budgetPerHour };
    }
    if (state.state !== 'backfilling' || !state.nextRunAt) {
      throw new Error(`the backfill did not complete: ${state.state}${state.lastError ? ` (${state.lastError})` : ''}`);
    }
    clock.now = Math.max(clock.now, Date.parse(state.nextRunAt));
    await sync.runNow('github');
    await sync.settle('github');
  }
  throw new Error(`the backfill did not complete in ${MAX_RUNS} runs`);
}

export async function storeLive(): Promise<StoreLiveResult> {
  const { panels, days } = engineeringPanels();
  const live = await startLiveOrg();
  const dir = tempStoreDir();
  progress('store: first sync (backfill)');
  const now = () => live.clock.now;
  // The scheduler starts the first run as the store opens.
  const stored = storeInstance(live.config, dir, now, { upstreamRequest: () => undefined, cacheHit: () => undefined });
  const first = await timed(live.server, () => backfill(stored.sync, live.clock));
  const backfilledAt = live.clock.now;
  const records = (await view(stored.sync)).counts as Record<string, number>;

  progress('store: dashboard, warm panels');
  const afterBackfill = shownValues(await refreshDashboard(stored.instance, panels, live.clock.now, days));
  live.clock.now += WARM_AFTER_MS;
  const warm = await measurePanels(stored.instance, panels, live.clock.now, days, ROUNDS);

  progress('store: a day of hourly syncs');
  const steady = await simulateDay(live, STEADY_HOURS.store, async (endOfHour) => {
    if (endOfHour) {
      await stored.sync.runNow('github');
      await stored.sync.settle('github');
    }
  });
  const after = await view(stored.sync);
  if (after.state !== 'ok') {
    throw new Error(`the hourly sync is ${after.state}${after.lastError ? `: ${after.lastError}` : ''}`);
  }
  const afterDay = shownValues(await refreshDashboard(stored.instance, panels, live.clock.now, days));

  await stored.instance.dispose();
  await live.server.close();
  rmSync(dir, { recursive: true, force: true });
  return { backfill: { ...first.cost, ...first.value }, backfilledAt, records, afterBackfill, warm, steady: { ...steady, hours: STEADY_HOURS.store }, afterDay, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}
