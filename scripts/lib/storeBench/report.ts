/** The side-by-side table of `npm run bench:store` and its target verdicts. */
import { HOURLY_LIMIT } from './instances';
import type { PanelDifference } from './dashboard';
import type { LatencySummary } from './latency';
import type { OnDemandLiveResult } from './onDemandLive';
import type { SeedResult } from './seedStore';
import type { StoreLiveResult } from './storeLive';
import type { WarmStoreResult } from './warmStore';

export const TARGETS = { warmP95Ms: 50, steadyPercent: 5, rssMb: 300 };

export interface BenchResults {
  store: StoreLiveResult;
  onDemand: OnDemandLiveResult;
  seed: SeedResult;
  warm: WarmStoreResult;
  equalAfterBackfill: PanelDifference[];
  equalAfterDay: PanelDifference[];
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const seconds = (n: number) => `${(n / 1000).toFixed(1)} s`;
const mb = (n: number) => `${n.toFixed(0)} MB`;
const percent = (perHour: number) => `${((100 * perHour) / HOURLY_LIMIT).toFixed(1)}%`;
const latency = (l: LatencySummary) => `${ms(l.p50)} / ${ms(l.p95)} ms`;
const mark = (ok: boolean) => (ok ? '✔' : '✘');

function row(label: string, store: string, onDemand: string): string {
  return `${label.padEnd(34)} ${store.padEnd(47)} ${onDemand}`;
}

function equality(differences: PanelDifference[], total: number): string[] {
  if (differences.length === 0) {
    return [`identical (${total} panels)`];
  }
  return [`${differences.length} of ${total} panels differ:`, ...differences.map((d) => `    ${d.panel}: ${d.where}`)];
}

export function printReport(r: BenchResults, panels: number): void {
  const { store, onDemand, warm } = r;
  const storeHour = store.steady.requests.requests / store.steady.hours;
  const onDemandHour = onDemand.steady.requests.requests / onDemand.steady.hours;
  const peakStore = Math.max(...store.steady.requests.perHour);
  const peakOnDemand = Math.max(...onDemand.steady.requests.perHour);
  const budget = store.backfill.budgetPerHour ? ` at the ${int(store.backfill.budgetPerHour)}/h budget` : '';
  const paused = store.backfill.runs > 1 ? `${store.backfill.runs} runs, + ${int(store.backfill.pausedMinutes)} min paused${budget}` : '1 run';

  console.log(row('', 'store (sync into SQLite)', 'on-demand (previous behaviour)'));
  console.log(row('1. backfill / cold refresh, 180 d', `${int(store.backfill.requests)} requests in ${seconds(store.backfill.ms)}`, `${int(onDemand.cold.requests)} requests in ${seconds(onDemand.cold.ms)}`));
  console.log(row('', paused, `${panels} panel queries at once, ${onDemand.cold.failed} failed`));
  console.log(row('2. steady state, requests/hour', `${ms(storeHour)} avg, ${int(peakStore)} peak = ${percent(storeHour)} of ${int(HOURLY_LIMIT)}/h`, `${ms(onDemandHour)} avg, ${int(peakOnDemand)} peak = ${percent(onDemandHour)}`));
  console.log(row('', `${store.steady.hours} h, an incremental sync each hour`, `${onDemand.steady.hours} h, ${onDemand.steady.refreshes} refreshes (every 5 min)`));
  console.log(row('', `(+${int(store.steady.requests.notModified / store.steady.hours)}/h answered 304, free)`, `(+${int(onDemand.steady.requests.notModified / onDemand.steady.hours)}/h answered 304, free)`));
  console.log(row('3. warm panel p50 / p95, 20 repos', latency(store.warm), latency(onDemand.warm)));
  console.log(row('   warm panel p50 / p95, 100k PRs', `${latency(warm.warm)} (max ${ms(warm.warm.max)} ms)`, '—'));
  console.log(row('   first refresh after start, 100k', `${seconds(warm.firstRefreshMs)} (loads the store)`, '—'));
  console.log(row('   requests during warm panels', `${warm.requests} (100k), ${store.warm.requests} (20 repos)`, `${onDemand.warm.requests} (within the cache TTL)`));
  const [afterBackfill, ...backfillDetails] = equality(r.equalAfterBackfill, panels);
  const [afterDay, ...dayDetails] = equality(r.equalAfterDay, panels);
  console.log(row('4. panel values, after backfill', afterBackfill, ''));
  backfillDetails.forEach((line) => console.log(line));
  console.log(row('   after the day', afterDay, ''));
  dayDetails.forEach((line) => console.log(line));
  console.log(row('5. peak RSS, 20 repos (+ double)', mb(store.maxRssMb), mb(onDemand.maxRssMb)));
  console.log(row('   peak RSS, 100k PRs', `${mb(warm.maxRssMb)} (${mb(warm.rssAfterLoadMb)} after the load)`, '—'));
  console.log(row('   seeding the 100k store', `${seconds(r.seed.ms)}, peak RSS ${mb(r.seed.maxRssMb)}`, ''));

  const families = (f: Record<string, number>) => Object.entries(f).map(([k, v]) => `${k}=${v}`).join(' ');
  console.log('\nrequests by family (a 304 is counted under its family and again as rest:304):');
  console.log(`  backfill:          ${families(store.backfill.families)}`);
  console.log(`  cold refresh:      ${families(onDemand.cold.families)}`);
  console.log(`  ${store.steady.hours} h of syncs:    ${families(store.steady.requests.families)}`);
  console.log(`  ${onDemand.steady.hours} h of refreshes: ${families(onDemand.steady.requests.families)}`);

  console.log('\nslowest warm panels at 100k PRs (p50 / p95):');
  warm.warm.panels.slice(0, 5).forEach((p) => console.log(`  ${p.panel.padEnd(60)} ${ms(p.p50)} / ${ms(p.p95)} ms`));

  const verdicts = [
    { ok: warm.warm.p95 < TARGETS.warmP95Ms, text: `warm panel p95 at 100k PRs ${ms(warm.warm.p95)} ms < ${TARGETS.warmP95Ms} ms` },
    { ok: (100 * storeHour) / HOURLY_LIMIT < TARGETS.steadyPercent, text: `steady state ${percent(storeHour)} < ${TARGETS.steadyPercent}% of GitHub's hourly limit (peak hour ${percent(peakStore)})` },
    { ok: Math.max(warm.maxRssMb, store.maxRssMb) < TARGETS.rssMb, text: `peak RSS ${mb(warm.maxRssMb)} (100k PRs), ${mb(store.maxRssMb)} (20 repos + double) < ${TARGETS.rssMb} MB` },
    { ok: r.equalAfterBackfill.length === 0 && r.equalAfterDay.length === 0, text: 'panel values from the store equal on-demand ones (after the backfill and after the day)' },
  ];
  console.log('\ntargets:');
  verdicts.forEach((v) => console.log(`  ${mark(v.ok)} ${v.text}`));
}
