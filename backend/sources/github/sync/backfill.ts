/**
 * The first run: one batch per 30-day chunk of closing dates, oldest first. The last chunk also copies the open
 * items, and the deployments and releases of the whole window, linked to the changes the earlier batches stored;
 * so the store ends up with what fetch(backfillFrom → now) returns. Each batch's cursor names the next chunk.
 */
import type { Notice } from '../../../../common/metricResult';
import type { SyncBatch } from '../../types';
import { probe } from '../fetchRecords';
import { roundedEnd } from '../queries/searchOpenAndClosed';
import { backfillChunks, type BackfillChunk } from './backfillChunks';
import { itemRecords } from './itemRecords';
import type { RepoDeployments } from '../queries/listDeployments';
import { searchItems } from './searchItems';
import { storedLookups } from './storedLookups';
import { formatCursor, type BackfillCursor } from './syncCursor';
import type { SyncInput } from './syncInput';
import { windowedRecords } from './windowedRecords';

async function chunkBatch(input: SyncInput, cursor: BackfillCursor, chunk: BackfillChunk, reachable: readonly RepoDeployments[], notices: Notice[]): Promise<SyncBatch> {
  const repos = reachable.map((r) => r.repo);
  const found = await searchItems(input, repos, { alive: { open: chunk.last, closedFrom: chunk.from, end: chunk.to } });
  notices.push(...found.notices);
  const stored = storedLookups(input.request, cursor.from, input.now);
  const items = await itemRecords(input, found, stored.changes);
  if (!chunk.last) {
    return { upserts: items.upserts, deletes: items.deletes, cursor: formatCursor({ ...cursor, next: chunk.to }), done: false, progress: chunk.progress, notices };
  }
  const window = { from: cursor.from, to: input.now };
  const windowed = await windowedRecords(input, { window, reachable, changes: items.changes, stored, storedBases: false }, notices);
  // Items changed while the backfill ran are searched again by the first incremental run.
  const next = formatCursor({ v: 1, phase: 'incremental', from: cursor.from, teams: cursor.teams, updatedSince: cursor.startedAt, syncedAt: input.now });
  return { upserts: { ...items.upserts, ...windowed.upserts }, deletes: items.deletes, replace: windowed.replace, cursor: next, done: true, progress: 1, notices };
}

export async function* backfill(input: SyncInput, cursor: BackfillCursor): AsyncGenerator<SyncBatch> {
  const notices: Notice[] = [];
  const window = { from: cursor.from, to: input.now };
  const reachable = await input.within(() => probe({ ...input, window }, notices));
  for (const chunk of backfillChunks(cursor.from, cursor.next, roundedEnd(input.now, input.now))) {
    const batch = await input.within(() => chunkBatch(input, cursor, chunk, reachable, notices.splice(0)));
    input.signal.throwIfAborted();
    yield batch;
  }
}
