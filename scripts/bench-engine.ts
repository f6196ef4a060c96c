/**
 * Engine benchmark: computes every catalog metric (week buckets over 18 months, ungrouped and by team) over the
 * demo organisation at 100k PRs (20k deployments, 2k incidents, 50k work items) and at a tenth of that, and
 * prints timings, the slowest metrics, memory and the 100k/10k time ratio.
 *
 * Each scale runs in a fresh process with the V8 flags of the shipped executable (scripts/lib/execArgv.ts), as
 * the engine runs in production. The process warms up (a small catalog run), generates the organisation and
 * then settles its heap (compacting full GCs), so what stays is what the plugin would hold: the records on
 * compacted pages, not the generator's garbage. (Generating in a worker and transferring by structured clone was
 * tried: the clone copies every shared string, so the records took 1.2–1.8× the heap and were not the records a
 * source builds.) Memory is reported in two parts, with the targets beside them:
 * - records resident: heap used and process RSS after the settle, just before compute;
 * - compute peak: the kernel's high-water mark of the RSS (VmHWM, reset via /proc/self/clear_refs just before
 *   compute, so it sees peaks inside a call, not only between calls), and the largest heap used between calls.
 * Beside the wall time it reports the main thread's own CPU time and its wait for a CPU (Linux schedstat): on a
 * busy machine the wall time grows by the wait, while the CPU time stays the work the engine did.
 *
 * Run: npx tsx scripts/bench-engine.ts
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { CATALOG } from '../common/catalog';
import type { GroupByKey } from '../common/query';
import type { RecordSet } from '../common/records';
import { computeMetric, defaultEngineOptions } from '../backend/engine';
import type { MetricRequest } from '../backend/engine/types';
import { generateOrg, type DemoScale } from '../backend/sources/demo/org';
import { EXEC_ARGV } from './lib/execArgv';

const NOW = Date.UTC(2026, 10, 26, 12);
const MONTHS = 18;
const FULL = { changes: 100_000, deployments: 20_000, incidents: 2_000, workItems: 50_000 };
const WARM_UP = { changes: 2_000, deployments: 400, incidents: 40, workItems: 1_000 };
const TARGET_MS = 1000;
const TARGET_MB = 300;
const MB = 1024 * 1024;
const SCALE_ENV = 'BENCH_ENGINE_SCALE';

interface RunStats {
  counts: Record<string, number>;
  generateMs: number;
  computeMs: number;
  computeCpuMs: number;
  /** The main thread's time on a CPU and waiting for one during the compute (NaN without /proc schedstat). */
  mainThreadCpuMs: number;
  mainThreadWaitMs: number;
  perMetric: Array<{ id: string; ms: number }>;
  baseHeapMb: number;
  baseRssMb: number;
  recordsHeapMb: number;
  recordsRssMb: number;
  peakHeapMb: number;
  /** VmHWM over the compute; NaN where /proc/self/clear_refs cannot be written. */
  peakRssMb: number;
  peakRssSampledMb: number;
}

function scaled(factor: number): DemoScale {
  return { changes: FULL.changes * factor, deployments: FULL.deployments * factor, incidents: FULL.incidents * factor, workItems: FULL.workItems * factor };
}

function request(metricId: string, groupBy: GroupByKey): MetricRequest {
  const d = new Date(NOW);
  const from = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - MONTHS, d.getUTCDate());
  return {
    metricId, from, to: NOW, timezone: 'Europe/Berlin', bucket: 'week', groupBy, filters: {},
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

function fullGc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Resets the kernel's RSS high-water mark (Linux ≥ 4.0); false where that is not possible. */
function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** The main thread's [time on a CPU, time waiting for one] so far, in ms (Linux); NaNs elsewhere. */
function mainThreadSchedMs(): [number, number] {
  try {
    const [onCpu, waiting] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ').map(Number);
    return [onCpu / 1e6, waiting / 1e6];
  } catch {
    return [Number.NaN, Number.NaN];
  }
}

function peakRssMb(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/**
 * Full GCs that also compact, with pauses for V8 to unmap the freed pages: the generator leaves its garbage
 * scattered between the records, and a plugin that has been idle a little (V8's memory reducer) holds the records
 * on compacted pages. The flag is turned off again, so the compute runs with the shipped GC settings.
 */
async function settleHeap(): Promise<void> {
  setFlagsFromString('--compact-on-every-full-gc');
  for (let i = 0; i < 3; i++) {
    fullGc();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  setFlagsFromString('--no-compact-on-every-full-gc');
}

function generate(scale: DemoScale): { records: RecordSet; generateMs: number } {
  const t0 = performance.now();
  const { records } = generateOrg({ seed: 42, now: NOW, months: MONTHS, scale });
  return { records, generateMs: performance.now() - t0 };
}

async function measure(factor: number): Promise<RunStats> {
  fullGc();
  const base = process.memoryUsage();
  computeCatalog(generate(WARM_UP).records, { heap: 0, rss: 0 });
  const { records, generateMs } = generate(scaled(factor));
  await settleHeap();
  const start = process.memoryUsage();
  const peak = { heap: start.heapUsed, rss: start.rss };
  const hwm = resetPeakRss();
  const cpu = process.cpuUsage();
  const sched = mainThreadSchedMs();
  const t1 = performance.now();
  const perMetric = computeCatalog(records, peak);
  const computeMs = performance.now() - t1;
  const cpuUsed = process.cpuUsage(cpu);
  const [onCpu, waiting] = mainThreadSchedMs();
  const counts = Object.fromEntries(Object.entries(records).map(([k, v]) => [k, (v as unknown[]).length]));
  return {
    counts, generateMs, computeMs, computeCpuMs: (cpuUsed.user + cpuUsed.system) / 1000, perMetric,
    mainThreadCpuMs: onCpu - sched[0], mainThreadWaitMs: waiting - sched[1],
    baseHeapMb: base.heapUsed / MB, baseRssMb: base.rss / MB, recordsHeapMb: start.heapUsed / MB, recordsRssMb: start.rss / MB,
    peakHeapMb: peak.heap / MB, peakRssMb: hwm ? peakRssMb() : Number.NaN, peakRssSampledMb: peak.rss / MB,
  };
}

/** Runs one scale in a fresh process with the production V8 flags and reads its stats (last stdout line). */
function runScale(factor: number): RunStats {
  // Only tsx's require hook (the project is CommonJS): its ESM loader would add a hooks thread to the RSS that
  // the shipped executable, which has no tsx, does not have.
  const args = ['--require', require.resolve('tsx/cjs'), ...EXEC_ARGV, '--expose-gc', __filename];
  const child = spawnSync(process.execPath, args, { env: { ...process.env, [SCALE_ENV]: String(factor) }, encoding: 'utf8', maxBuffer: 16 * MB });
  if (child.status !== 0) {
    throw new Error(`bench child (scale ${factor}) failed: ${child.stderr}`);
  }
  const lines = child.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as RunStats;
}

function ms(value: number): string {
  return Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} ms`;
}

function mb(value: number): string {
  return Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} MB`;
}

function report(label: string, s: RunStats): void {
  const slowest = [...s.perMetric].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`\n== ${label} ==`);
  console.log('records:', Object.entries(s.counts).map(([k, n]) => `${k} ${n}`).join(', '));
  console.log(`generation: ${s.generateMs.toFixed(0)} ms`);
  console.log(`full catalog (${s.perMetric.length} metrics × {none, team}, week buckets, ${MONTHS} months): ${s.computeMs.toFixed(0)} ms (CPU ${s.computeCpuMs.toFixed(0)} ms)`);
  console.log(`  main thread: ${ms(s.mainThreadCpuMs)} on a CPU, ${ms(s.mainThreadWaitMs)} waiting for one (the rest of the CPU: V8's GC and compiler threads)`);
  console.log('slowest 5:', slowest.map((m) => `${m.id} ${m.ms.toFixed(1)} ms`).join(', '));
  console.log(`process before the records: heap ${mb(s.baseHeapMb)}, RSS ${mb(s.baseRssMb)}`);
  console.log(`records resident: heap ${mb(s.recordsHeapMb)} (+${mb(s.recordsHeapMb - s.baseHeapMb)} for the records), RSS ${mb(s.recordsRssMb)}`);
  console.log(`compute peak: RSS ${mb(s.peakRssMb)} (high-water mark; between calls ${mb(s.peakRssSampledMb)}), heap used ${mb(s.peakHeapMb)} (+${mb(s.peakHeapMb - s.recordsHeapMb)} over the records)`);
}

function main(): void {
  console.log(`each scale runs in a fresh process with the shipped executable's V8 flags: ${EXEC_ARGV.join(' ')}`);
  const load = () => loadavg()[0].toFixed(1);
  console.log(`load average ${load()} on ${cpus().length} CPUs (wall times are only comparable on an idle machine; CPU time includes V8's GC threads)`);
  const tenth = runScale(0.1);
  const full = runScale(1);
  console.log(`load average after the runs: ${load()}`);
  report('10k PRs', tenth);
  report('100k PRs', full);
  console.log(`\n100k / 10k compute time ratio: ${(full.computeMs / tenth.computeMs).toFixed(1)} (10 = linear)`);
  const timeOk = full.computeMs < TARGET_MS;
  const memOk = full.peakRssMb < TARGET_MB;
  console.log(`targets at 100k: compute ${full.computeMs.toFixed(0)} ms < ${TARGET_MS} ms ${timeOk ? 'OK' : 'MISSED'}; ` +
    `compute peak RSS ${mb(full.peakRssMb)} < ${TARGET_MB} MB ${memOk ? 'OK' : 'MISSED'} (records resident: RSS ${mb(full.recordsRssMb)})`);
}

if (process.env[SCALE_ENV] !== undefined) {
  void measure(Number(process.env[SCALE_ENV])).then((stats) => console.log(JSON.stringify(stats)));
} else {
  main();
}
