/**
 * The 20-repo organisation on the GitHub double, shared by the store's and the on-demand process: the same
 * generated org, the same injected clock and the same day of activity, so both see the same GitHub.
 */
import type { DataSourceConfig } from '../../../backend/plugin/dataSourceConfig';
import { advanceBenchOrg, type BenchActivityCounts } from '../../../backend/sources/github/testing/bench/benchActivity';
import { generateBenchOrg, type BenchRepo } from '../../../backend/sources/github/testing/bench/benchOrg';
import { startBenchServer, type BenchServer } from '../../../backend/sources/github/testing/bench/benchServer';
import { benchConfig, NOW } from './instances';
import { requestCounter, type RequestDelta } from './requestCounter';

export const LIVE_SHAPE = { repos: 20, days: 180, prs: 6_000, deployEveryDays: 2, reviewsPerPr: 2, openPerRepo: 3, now: NOW };
export const LATENCY_MS = 50;
/** The store syncs hourly through a whole day; on-demand refreshes are costly to replay, so they run for one cycle of its 6-hourly full re-search. */
export const STEADY_HOURS = { store: 24, onDemand: 6 };
export const REFRESH_MINUTES = 5;
export const PR_EVENTS_PER_HOUR = 5;
/** Warm runs start this long after the dashboard was last opened: well within the 5-minute cache TTL. */
export const WARM_AFTER_MS = 10_000;

export interface LiveOrg {
  org: BenchRepo[];
  server: BenchServer;
  clock: { now: number };
  config: DataSourceConfig;
}

export interface Timed extends RequestDelta {
  ms: number;
}

/** Requests over the simulated hours, in total and per hour. */
export interface HourlyRequests extends RequestDelta {
  perHour: number[];
}

export async function startLiveOrg(): Promise<LiveOrg> {
  const org = generateBenchOrg(LIVE_SHAPE);
  const server = await startBenchServer(org, LATENCY_MS);
  return { org, server, clock: { now: NOW }, config: benchConfig(server.url) };
}

/** Progress on stderr (results go to stdout). */
export function progress(step: string): void {
  const mb = (process.memoryUsage().rss / 1024 / 1024).toFixed(0);
  process.stderr.write(`  [${(performance.now() / 1000).toFixed(1)} s, RSS ${mb} MB] ${step}\n`);
}

export async function timed<T>(server: BenchServer, work: () => Promise<T>): Promise<{ value: T; cost: Timed }> {
  const delta = requestCounter(server);
  const started = performance.now();
  const value = await work();
  return { value, cost: { ...delta(), ms: performance.now() - started } };
}

function add(total: HourlyRequests, part: RequestDelta, hour: number): void {
  total.requests += part.requests;
  total.notModified += part.notModified;
  Object.entries(part.families).forEach(([k, v]) => (total.families[k] = (total.families[k] ?? 0) + v));
  total.perHour[hour] = (total.perHour[hour] ?? 0) + part.requests;
}

/**
 * `hours` of a day in 5-minute steps: the org changes (PR_EVENTS_PER_HOUR pull request events, deployments on their grid),
 * then `step` runs (a dashboard refresh, or at the end of each hour the hourly sync); its requests are counted.
 * The double answers at once: request counts do not depend on its latency.
 */
export async function simulateDay(live: LiveOrg, hours: number, step: (endOfHour: boolean) => Promise<void>, label = 'steady state'): Promise<{ activity: BenchActivityCounts; requests: HourlyRequests }> {
  const activity: BenchActivityCounts = { opened: 0, reviewed: 0, merged: 0, deployments: 0 };
  const requests: HourlyRequests = { requests: 0, notModified: 0, families: {}, perHour: [] };
  const ticksPerHour = 60 / REFRESH_MINUTES;
  live.server.latencyMs = 0;
  for (let tick = 1; tick <= hours * ticksPerHour; tick++) {
    const before = live.clock.now;
    live.clock.now += REFRESH_MINUTES * 60_000;
    const happened = advanceBenchOrg(live.org, before, live.clock.now, { ...LIVE_SHAPE, prEventsPerHour: PR_EVENTS_PER_HOUR });
    (Object.keys(activity) as Array<keyof BenchActivityCounts>).forEach((k) => (activity[k] += happened[k]));
    const cost = requestCounter(live.server);
    await step(tick % ticksPerHour === 0);
    add(requests, cost(), Math.floor((tick - 1) / ticksPerHour));
    if (tick % (6 * ticksPerHour) === 0 && tick < hours * ticksPerHour) {
      progress(`${label}: ${tick / ticksPerHour} h`);
    }
  }
  live.server.latencyMs = LATENCY_MS;
  return { activity, requests };
}
