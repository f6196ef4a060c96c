/**
 * The plugin over the 100k-PR store, in a process of its own (its peak RSS is what a Grafana server's plugin
 * would hold): the store opens, the first dashboard refresh loads the records into the reader, then every
 * GitHub-backed Engineering panel runs warm, one at a time.
 */
import { countingTelemetry, engineeringPanels, refreshDashboard } from './dashboard';
import { benchConfig, NOW, storeInstance } from './instances';
import { measurePanels, type LatencySummary } from './latency';
import { UNREACHABLE_GITHUB } from './seedStore';

const ROUNDS = 10;

export interface WarmStoreResult {
  /** The first refresh of the dashboard (all panels at once), which loads the store into memory. */
  firstRefreshMs: number;
  failed: string[];
  warm: LatencySummary;
  /** Requests to GitHub by queries and the sync during the whole phase (expected 0). */
  requests: number;
  rssAfterLoadMb: number;
  maxRssMb: number;
}

export async function warmStore(dir: string): Promise<WarmStoreResult> {
  const { panels, days } = engineeringPanels();
  const now = NOW + 10_000;
  const count = { requests: 0 };
  const stored = storeInstance(benchConfig(UNREACHABLE_GITHUB), dir, () => now, countingTelemetry(count));
  await stored.sync.ready();
  const status = (await stored.sync.status()).sources[0];
  if (status?.state !== 'ok') {
    throw new Error(`the seeded store is not ready to answer: ${status?.state ?? 'no GitHub sync'}`);
  }
  const started = performance.now();
  const first = await refreshDashboard(stored.instance, panels, now, days);
  const firstRefreshMs = performance.now() - started;
  const rssAfterLoadMb = process.memoryUsage().rss / 1024 / 1024;
  const warm = await measurePanels(stored.instance, panels, now, days, ROUNDS);
  await stored.instance.dispose();
  return {
    firstRefreshMs,
    failed: first.flatMap((r, i) => (typeof r === 'string' ? [`${panels[i].name}: ${r}`] : [])),
    warm,
    requests: count.requests + warm.requests,
    rssAfterLoadMb,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}
