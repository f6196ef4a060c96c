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

/**
 * Starts the writer and SIGKILLs it while it is inside applyBatch (its last line is "begin n"), at a random moment
 * once it has begun batch `killFrom` or later.
 */
export async function killWriterMidBatch(spec: TestStoreSpec, instance: string, size: number, killFrom: number): Promise<KilledWriter> {
  const child = spawnChild('crashWriter.ts', [instance, String(size)], { [TEST_STORE_ENV]: JSON.stringify(spec) });
  for (let seen = killFrom; ; seen++) {
    await child.waitForLine((line) => line === `begin ${seen}`);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
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
