/** The crash test's parent side: kill a writing child mid-batch, then check what the store kept. */
import type { RecordStore } from '../recordStore';
import { batchOf } from './crashBatch';
import { TEST_STORE_ENV, type TestStoreSpec } from './openTestStore';
import { spawnChild } from './spawnChild';

export interface KilledWriter {
  /** Batch numbers the child printed "begin" for, and the last it printed "committed" for (0: none). */
  firstBegun: number;
  lastBegun: number;
  lastCommitted: number;
}

const lastNumber = (lines: string[], prefix: string): number =>
  Math.max(0, ...lines.filter((l) => l.startsWith(prefix)).map((l) => Number(l.slice(prefix.length))));

/** Median time between "begin n" and "committed n" as the parent saw them. */
function batchDuration(lines: string[], times: number[]): number {
  const durations = lines.flatMap((line, i) => {
    const done = line.startsWith('begin ') ? lines.indexOf(`committed ${line.slice(6)}`) : -1;
    return done === -1 ? [] : [times[done] - times[i]];
  });
  return durations.sort((a, b) => a - b)[Math.floor(durations.length / 2)] ?? 0;
}

/**
 * Starts the writer and SIGKILLs it while it is inside applyBatch (its last line is "begin n"), at a random moment
 * in the middle part of a batch's usual duration (so inside the database writes, not the JSON encoding before
 * them), once it has begun batch `killFrom` or later (earlier batches give the duration).
 */
export async function killWriterMidBatch(spec: TestStoreSpec, instance: string, size: number, killFrom: number): Promise<KilledWriter> {
  const child = spawnChild('crashWriter.ts', [instance, String(size)], { [TEST_STORE_ENV]: JSON.stringify(spec) });
  for (let seen = killFrom; ; seen++) {
    await child.waitForLine((line) => line === `begin ${seen}`);
    const duration = batchDuration(child.lines, child.times);
    await new Promise((resolve) => setTimeout(resolve, duration * (0.3 + 0.6 * Math.random())));
    if (child.lines[child.lines.length - 1]?.startsWith('begin ')) {
      break;
    }
  }
  child.process.kill('SIGKILL');
  await child.exited;
  return {
    firstBegun: Number(child.lines.find((l) => l.startsWith('begin '))?.slice(6)),
    lastBegun: lastNumber(child.lines, 'begin '),
    lastCommitted: lastNumber(child.lines, 'committed '),
  };
}

/** Asserts batches 1..cursor are whole and no later batch left a row; returns the stored cursor. */
export async function expectWholeBatches(store: RecordStore, instance: string, size: number): Promise<number> {
  const status = await store.status(instance, 'github');
  const cursor = Number(status?.cursor ?? 0);
  const { changes = [] } = await store.read(instance, 'github', ['changes']);
  const perBatch: number[] = [];
  for (const record of changes) {
    const batch = batchOf(record.id);
    if (batch !== undefined) {
      perBatch[batch - 1] = (perBatch[batch - 1] ?? 0) + 1;
    }
  }
  expect(Array.from(perBatch, (n) => n ?? 0)).toEqual(Array.from({ length: cursor }, () => size));
  expect(changes.find((c) => c.id === 'latest')?.title).toBe(`batch ${cursor}`);
  expect(status?.counts.changes).toBe(cursor * size + 1);
  return cursor;
}
