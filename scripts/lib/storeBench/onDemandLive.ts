/**
 * The previous behaviour on the same 20-repo double: one cold refresh of the dashboard over 180 days, the
 * dashboard at the instant the store's backfill completed, warm panel latency within the cache TTL, a day of
 * refreshes every 5 minutes, and the dashboard after the day from a fresh source (no cache).
 */
import { createLogger } from '../../../backend/protocol/logger';
import type { BenchActivityCounts } from '../../../backend/sources/github/testing/bench/benchActivity';
import { engineeringPanels, refreshDashboard, shownValues } from './dashboard';
import { onDemandInstance } from './instances';
import { measurePanels, type LatencySummary } from './latency';
import { LIVE_SHAPE, progress, simulateDay, startLiveOrg, STEADY_HOURS, timed, WARM_AFTER_MS, type HourlyRequests, type Timed } from './liveOrg';
import { RecordingSource } from './recordingSource';

const ROUNDS = 3;

export interface OnDemandLiveResult {
  cold: Timed & { failed: number };
  afterBackfill: unknown[];
  warm: LatencySummary;
  steady: { hours: number; activity: BenchActivityCounts; requests: HourlyRequests; refreshes: number };
  afterDay: unknown[];
  maxRssMb: number;
}

export async function onDemandLive(backfilledAt: number): Promise<OnDemandLiveResult> {
  const { panels, days } = engineeringPanels();
  const live = await startLiveOrg();
  const now = () => live.clock.now;
  let recorder: RecordingSource | undefined;
  const onDemand = onDemandInstance(live.config, now, (source) => (recorder = new RecordingSource(source)).asSource());
  if (!recorder) {
    throw new Error('no recording source');
  }

  progress(`on-demand: cold refresh over ${LIVE_SHAPE.days} days`);
  const cold = await timed(live.server, () => refreshDashboard(onDemand.instance, panels, live.clock.now, LIVE_SHAPE.days));

  progress('on-demand: dashboard, warm panels');
  live.clock.now = Math.max(live.clock.now, backfilledAt);
  recorder.recording = true;
  const afterBackfill = shownValues(await refreshDashboard(onDemand.instance, panels, live.clock.now, days));
  recorder.recording = false;
  live.clock.now += WARM_AFTER_MS;
  const warm = await measurePanels(onDemand.instance, panels, live.clock.now, days, ROUNDS);

  progress(`on-demand: ${STEADY_HOURS.onDemand} hours of refreshes every 5 minutes`);
  // The fetches the dashboard's panels made, replayed without computing the panels (see RecordingSource).
  const replaying = recorder;
  const logger = createLogger(() => undefined, 'error');
  const telemetry = { upstreamRequest: () => undefined, cacheHit: () => undefined };
  let refreshes = 0;
  const steady = await simulateDay(live, STEADY_HOURS.onDemand, async () => {
    refreshes++;
    await replaying.replay({ signal: AbortSignal.timeout(120_000), telemetry, logger, now: live.clock.now });
  });
  // The rest of the store's day happens too (no refreshes), so both processes end at the same instant and org.
  await simulateDay(live, STEADY_HOURS.store - STEADY_HOURS.onDemand, async () => undefined, 'the rest of the day, no refreshes');
  const fresh = onDemandInstance(live.config, now);
  const afterDay = shownValues(await refreshDashboard(fresh.instance, panels, live.clock.now, days));

  await Promise.all([onDemand.instance.dispose(), fresh.instance.dispose()]);
  await live.server.close();
  const failed = cold.value.filter((r) => typeof r === 'string').length;
  return { cold: { ...cold.cost, failed }, afterBackfill, warm, steady: { ...steady, hours: STEADY_HOURS.onDemand, refreshes }, afterDay, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}
