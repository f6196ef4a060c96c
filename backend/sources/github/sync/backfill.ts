/**
 * The first run: one batch per 30-day chunk of closing dates, oldest first, then one per windowed step
 * (backfillSteps.ts); so the store ends up with what fetch(backfillFrom → now) returns. Each batch's cursor says
 * what is done, and a run that stops (budget, deadline, kill) resumes with the next chunk or step.
 */
import type { Notice } from '../../../../common/metricResult';
import type { SyncBatch } from '../../types';
import { probe } from '../fetchRecords';
import { roundedEnd } from '../queries/searchOpenAndClosed';
import { backfillChunks, type BackfillChunk } from './backfillChunks';
import { chunkRecords, stepRecords, windowedSteps } from './backfillSteps';
import { mergeDeletes, type Deletes } from './itemRecords';
import { outOfScope } from './outOfScope';
import { formatCursor, type BackfillCursor, type IncrementalCursor } from './syncCursor';
import type { SyncInput } from './syncInput';

type Unit = { chunk: BackfillChunk } | { step: string };

function advance(cursor: BackfillCursor, unit: Unit, now: number): BackfillCursor {
  if ('chunk' in unit) {
    return { ...cursor, next: unit.chunk.to, steps: unit.chunk.last ? { done: [], since: now } : undefined };
  }
  return { ...cursor, steps: { since: cursor.steps?.since ?? now, done: [...(cursor.steps?.done ?? []), unit.step] } };
}

/** Items changed while the backfill ran are searched again, and the windowed kinds re-read from before its steps. */
const finished = (cursor: BackfillCursor, now: number): IncrementalCursor => ({
  v: 1,
  phase: 'incremental',
  from: cursor.from,
  scope: cursor.scope,
  updatedSince: cursor.startedAt,
  syncedAt: cursor.steps?.since ?? now,
});

/** `prune`: the store holds records of an earlier scope (see scopeKey); those of repositories now out of it go first. */
export async function* backfill(input: SyncInput, start: BackfillCursor, prune: boolean): AsyncGenerator<SyncBatch> {
  const probeNotices: Notice[] = [];
  // Which repositories answer: the first page of deployments, ten repositories per query.
  const reachable = await input.within(() => probe({ ...input, window: { from: input.now, to: input.now } }, probeNotices));
  const repos = reachable.map((r) => r.repo);
  const end = roundedEnd(input.now, input.now);
  const window = { from: start.from, to: input.now };
  const chunks = start.steps ? [] : backfillChunks(start.from, start.next, end);
  const steps = windowedSteps(input, repos);
  const units: Unit[] = [...chunks.map((chunk) => ({ chunk })), ...steps.filter((s) => !start.steps?.done.includes(s)).map((step) => ({ step }))];
  const total = backfillChunks(start.from, start.from, end).length + steps.length;
  let pruned: Deletes = prune ? await outOfScope(input.request, input.repos) : {};
  if (units.length === 0) {
    // Resumed after the last step, with the repositories that were left no longer answering: only the cursor moves.
    yield { upserts: {}, deletes: pruned, cursor: formatCursor(finished(start, input.now)), done: true, progress: 1, notices: probeNotices };
    return;
  }
  let cursor = start;
  for (const [i, unit] of units.entries()) {
    const made = await input.within(() => ('chunk' in unit ? chunkRecords(input, start.from, repos, unit.chunk) : stepRecords(input, window, repos, unit.step)));
    input.signal.throwIfAborted();
    cursor = advance(cursor, unit, input.now);
    const done = i === units.length - 1;
    yield {
      upserts: made.upserts,
      deletes: mergeDeletes(pruned, made.deletes ?? {}),
      replace: made.replace,
      cursor: formatCursor(done ? finished(cursor, input.now) : cursor),
      done,
      progress: done ? 1 : (total - units.length + i + 1) / total,
      notices: [...probeNotices.splice(0), ...made.notices],
    };
    pruned = {};
  }
}
