/**
 * Engine benchmark: generates the demo organisation at 100k PRs (20k deployments, 2k incidents, 50k work items)
 * and at a tenth of that, computes every catalog metric (week buckets over 18 months, ungrouped and by team)
 * and prints timings, the slowest metrics, memory and the 100k/10k time ratio.
 *
 * Memory is reported in three parts, because the generator's garbage is not the engine's: the records resident
 * after generation (heap after a full GC), the peak during compute (heap and RSS, sampled after every call), and
 * the process's lifetime max RSS (which includes generation). The memory target applies to the peak RSS during
 * compute. The bench forces full GCs itself (via v8.setFlagsFromString; no flags needed).
 *
 * Run: npx tsx scripts/bench-engine.ts
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { CATALOG } from '../common/catalog';
import type { GroupByKey } from '../common/query';
import type { RecordSet } from '../common/records';
import { computeMetric, defaultEngineOptions } from '../backend/engine';
import type { MetricRequest } from '../backend/engine/types';
import { generateOrg, type DemoScale } from '../backend/sources/demo/org';

const NOW = Date.UTC(2026, 10, 26, 12);
const MONTHS = 18;
const FULL: Required<Omit<DemoScale, 'people'>> = { changes: 100_000, deployments: 20_000, incidents: 2_000, workItems: 50_000 };
const TARGET_MS = 1000;
const TARGET_MB = 300;
const MB = 1024 * 1024;

setFlagsFromString('--expose-gc');
const fullGc = runInNewContext('gc') as () => void;

interface RunStats {
  label: string;
  counts: Record<string, number>;
  generateMs: number;
  computeMs: number;
  computeCpuMs: number;
  perMetric: Array<{ id: string; ms: number }>;
  /** Heap used by the records (after a full GC, minus the heap before generation). */
  recordsMb: number;
  heapBeforeComputeMb: number;
  rssBeforeComputeMb: number;
  peakHeapMb: number;
  peakRssMb: number;
}

function fromOf(now: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - MONTHS, d.getUTCDate());
}

function request(metricId: string, groupBy: GroupByKey): MetricRequest {
  return {
    metricId, from: fromOf(NOW), to: NOW, timezone: 'Europe/Berlin', bucket: 'week', groupBy, filters: {},
    comparison: 'none', baselinePeriods: 0, options: defaultEngineOptions,
  };
}

function computeCatalog(records: RecordSet, peak: { heap: number; rss: number }): Array<{ id: string; ms: number }> {
  return CATALOG.map((entry) => {
    let ms = 0;
    for (const groupBy of ['none', 'team'] as const) {
      const t0 = performance.now();
      computeMetric(records, request(entry.id, groupBy));
      ms += performance.now() - t0;
      const mem = process.memoryUsage();
      peak.heap = Math.max(peak.heap, mem.heapUsed);
      peak.rss = Math.max(peak.rss, mem.rss);
    }
    return { id: entry.id, ms };
  });
}

function run(label: string, scale: DemoScale): RunStats {
  fullGc();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const org = generateOrg({ seed: 42, now: NOW, months: MONTHS, scale });
  const generateMs = performance.now() - t0;
  fullGc();
  const start = process.memoryUsage();
  const peak = { heap: start.heapUsed, rss: start.rss };
  const cpu = process.cpuUsage();
  const t1 = performance.now();
  const perMetric = computeCatalog(org.records, peak);
  const computeMs = performance.now() - t1;
  const cpuUsed = process.cpuUsage(cpu);
  const counts = Object.fromEntries(Object.entries(org.records).map(([k, v]) => [k, (v as unknown[]).length]));
  return {
    label, counts, generateMs, computeMs, computeCpuMs: (cpuUsed.user + cpuUsed.system) / 1000, perMetric,
    recordsMb: (start.heapUsed - heapBefore) / MB, heapBeforeComputeMb: start.heapUsed / MB,
    rssBeforeComputeMb: start.rss / MB, peakHeapMb: peak.heap / MB, peakRssMb: peak.rss / MB,
  };
}

function report(s: RunStats): void {
  const slowest = [...s.perMetric].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`\n== ${s.label} ==`);
  console.log('records:', Object.entries(s.counts).map(([k, n]) => `${k} ${n}`).join(', '));
  console.log(`generation: ${s.generateMs.toFixed(0)} ms`);
  console.log(`full catalog (${s.perMetric.length} metrics × {none, team}, week buckets, ${MONTHS} months): ${s.computeMs.toFixed(0)} ms (CPU ${s.computeCpuMs.toFixed(0)} ms)`);
  console.log('slowest 5:', slowest.map((m) => `${m.id} ${m.ms.toFixed(1)} ms`).join(', '));
  console.log(`records resident: ${s.recordsMb.toFixed(0)} MB heap (heap ${s.heapBeforeComputeMb.toFixed(0)} MB, RSS ${s.rssBeforeComputeMb.toFixed(0)} MB before compute)`);
  console.log(`peak during compute: heap used ${s.peakHeapMb.toFixed(0)} MB (+${(s.peakHeapMb - s.heapBeforeComputeMb).toFixed(0)} MB over the records), RSS ${s.peakRssMb.toFixed(0)} MB`);
}

function main(): void {
  run('warm-up', { changes: 2_000, deployments: 400, incidents: 40, workItems: 1_000 });
  const tenth = run('10k PRs', { changes: FULL.changes / 10, deployments: FULL.deployments / 10, incidents: FULL.incidents / 10, workItems: FULL.workItems / 10 });
  const full = run('100k PRs', FULL);
  report(tenth);
  report(full);
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`\nprocess max RSS (resourceUsage, includes generation): ${maxRssMb.toFixed(0)} MB`);
  console.log(`100k / 10k compute time ratio: ${(full.computeMs / tenth.computeMs).toFixed(1)} (10 = linear)`);
  const timeOk = full.computeMs < TARGET_MS;
  const memOk = full.peakRssMb < TARGET_MB;
  console.log(`targets: compute < ${TARGET_MS} ms ${timeOk ? 'OK' : 'MISSED'}; peak RSS during compute < ${TARGET_MB} MB ${memOk ? 'OK' : 'MISSED'}`);
}

main();
