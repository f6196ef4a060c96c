/** The batches of the crash test: batch n inserts `size` changes b<n>-<i> and rewrites the change 'latest'. */
import type { SyncBatch } from '../../sources/types';
import { DAY_MS, change, realisticChange } from './records';

const T0 = Date.UTC(2024, 0, 1);

export function crashBatch(n: number, size: number): SyncBatch {
  const changes = Array.from({ length: size }, (_, i) => realisticChange(`b${n}-${i}`, T0 + n * DAY_MS + i));
  changes.push(change('latest', T0, { title: `batch ${n}` }));
  return { upserts: { changes }, cursor: String(n), done: false, progress: n / 1000 };
}

/** The batch number of a crash-test change id, or undefined for 'latest'. */
export function batchOf(id: string): number | undefined {
  const match = /^b(\d+)-\d+$/.exec(id);
  return match ? Number(match[1]) : undefined;
}
