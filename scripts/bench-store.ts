/**
 * Sync store benchmark (issue #9), store against on-demand fetching (the previous behaviour) in one run:
 * 1. backfill: the store's first full sync of 20 repos × 180 days on the GitHub double (50 ms per request)
 *    against one cold on-demand refresh of the Engineering dashboard over 180 days: wall time and requests;
 * 2. steady state: a simulated day of pull request activity with an incremental sync each hour, against
 *    dashboard refreshes every 5 minutes (5-minute cache TTL): requests per hour and share of the hourly limit;
 * 3. warm panel latency of every GitHub-backed Engineering panel (p50/p95), from a store holding 100k pull
 *    requests, and both ways on the 20-repo org;
 * 4. whether the panels' values from the store equal on-demand ones (after the backfill and after the day);
 * 5. peak RSS of each process.
 *
 * Each phase runs in a fresh process with the shipped executable's V8 flags (scripts/lib/execArgv.ts): the
 * store's process, the on-demand process (each with its own copy of the double), the 100k seeding and the plugin
 * over the 100k store. node:sqlite needs Node ≥ 22.5: on an older Node the script re-runs itself on the pinned
 * runtime (.cache/runtime; `npx tsx scripts/fetch-runtime.ts` fetches it).
 *
 * Run: npm run bench:store
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

import { EXEC_ARGV } from './lib/execArgv';
import { ensureNodeSqlite } from './lib/pinnedNode';

const PHASE_ENV = 'BENCH_STORE_PHASE';
const MB = 1024 * 1024;

/** Runs one phase in a fresh process (progress on stderr) and returns its result (the last stdout line). */
function phase<T>(name: string, arg = ''): T {
  const args = ['--require', require.resolve('tsx/cjs'), ...EXEC_ARGV, __filename, arg];
  const child = spawnSync(process.execPath, args, { env: { ...process.env, [PHASE_ENV]: name }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * MB });
  if (child.status !== 0) {
    throw new Error(`bench phase ${name} failed (exit ${child.status ?? child.signal})`);
  }
  const lines = child.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as T;
}

type Results = import('./lib/storeBench/report').BenchResults;

/**
 * Loaded only once on Node ≥ 22.5 (they import node:sqlite), with require: the processes run tsx's CommonJS hook
 * only (its ESM loader would add a hooks thread to the measured RSS), which does not serve import().
 */
function load<T>(path: string): T {
  return require(path) as T;
}

function main(): void {
  const { differingPanels, engineeringPanels } = load<typeof import('./lib/storeBench/dashboard')>('./lib/storeBench/dashboard');
  const { LIVE_SHAPE, LATENCY_MS } = load<typeof import('./lib/storeBench/liveOrg')>('./lib/storeBench/liveOrg');
  const { BIG_SHAPE } = load<typeof import('./lib/storeBench/seedStore')>('./lib/storeBench/seedStore');
  const { printReport } = load<typeof import('./lib/storeBench/report')>('./lib/storeBench/report');

  const started = performance.now();
  const { panels, days } = engineeringPanels();
  const loadAverage = () => loadavg()[0].toFixed(1);
  console.log(`Store bench on Node ${process.versions.node}, each phase in a fresh process with ${EXEC_ARGV.join(' ')}; load average ${loadAverage()} on ${cpus().length} CPUs`);
  console.log(`GitHub double: ${LIVE_SHAPE.repos} repos × ${LIVE_SHAPE.days} days, ${LIVE_SHAPE.prs} merged PRs + ${LIVE_SHAPE.openPerRepo} open per repo, ${LIVE_SHAPE.reviewsPerPr} reviews each, staging and production deployments every ${LIVE_SHAPE.deployEveryDays} days, weekly releases; ${LATENCY_MS} ms per request (0 ms in the steady state: counts only)`);
  console.log(`Engineering dashboard: ${panels.length} GitHub-backed panel queries over its default ${days} days; the large store: ${BIG_SHAPE.prs.toLocaleString('en-US')} PRs in ${BIG_SHAPE.repos} repos\n`);

  const store = phase<Results['store']>('storeLive');
  const onDemand = phase<Results['onDemand']>('onDemandLive', String(store.backfilledAt));
  const dir = mkdtempSync(join(tmpdir(), 'tm-bench-100k-'));
  let seed: Results['seed'];
  let warm: Results['warm'];
  try {
    seed = phase<Results['seed']>('seed', dir);
    warm = phase<Results['warm']>('warm', dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const names = panels.map((p) => p.name);
  console.log(`\nrecords in the 20-repo store: ${Object.entries(store.records).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`a day of activity: ${Object.entries(store.steady.activity).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  console.log(`records in the 100k store: ${Object.entries(seed.records).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
  if (warm.failed.length > 0) {
    console.log(`panels that failed over the 100k store:\n  ${warm.failed.join('\n  ')}\n`);
  }
  printReport(
    {
      store,
      onDemand,
      seed,
      warm,
      equalAfterBackfill: differingPanels(names, store.afterBackfill, onDemand.afterBackfill),
      equalAfterDay: differingPanels(names, store.afterDay, onDemand.afterDay),
    },
    panels.length
  );
  console.log(`\nload average after the run: ${loadAverage()}; total ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

ensureNodeSqlite(__filename);
const phaseName = process.env[PHASE_ENV];
if (phaseName) {
  const { runPhase } = load<typeof import('./lib/storeBench/phases')>('./lib/storeBench/phases');
  runPhase(phaseName, process.argv[2] ?? '').catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
} else {
  try {
    main();
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
