/** Warm panel latency: each panel run alone, a number of rounds, with p50/p95 per panel and over all runs. */
import type { DataSourceInstance } from '../../../backend/plugin/dataSourceInstance';
import { countingTelemetry, runPanel, type Panel } from './dashboard';

export interface LatencySummary {
  p50: number;
  p95: number;
  max: number;
  runs: number;
  /** Per panel, slowest (by p95) first. */
  panels: Array<{ panel: string; p50: number; p95: number }>;
  /** Upstream requests the runs made (0 when every answer came from the store or the cache). */
  requests: number;
}

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Rounds are this far apart, like dashboard refreshes: each round's queries end at a new instant (well within the cache TTL). */
export const ROUND_STEP_MS = 10_000;

/** Runs every panel once per round, one at a time (a warm-up round first, neither timed nor counted). */
export async function measurePanels(instance: DataSourceInstance, panels: readonly Panel[], now: number, days: number, rounds: number): Promise<LatencySummary> {
  const count = { requests: 0 };
  const telemetry = countingTelemetry(count);
  const warmUp = countingTelemetry({ requests: 0 });
  const times = panels.map(() => [] as number[]);
  for (let round = 0; round <= rounds; round++) {
    for (const [i, panel] of panels.entries()) {
      const started = performance.now();
      await runPanel(instance, panel, now + round * ROUND_STEP_MS, days, round > 0 ? telemetry : warmUp);
      if (round > 0) {
        times[i].push(performance.now() - started);
      }
    }
  }
  const all = times.flat();
  const perPanel = panels.map((p, i) => ({ panel: p.name, p50: percentile(times[i], 50), p95: percentile(times[i], 95) }));
  return { p50: percentile(all, 50), p95: percentile(all, 95), max: Math.max(...all), runs: all.length, panels: perPanel.sort((a, b) => b.p95 - a.p95), requests: count.requests };
}
