/**
 * Notion into the store (issue #9), one batch per data source (PRD, FSD). A data source not synced yet is
 * backfilled: what fetch reads for backfillFrom → now. Later runs read the pages edited since its last sync less an
 * overlap (last_edited_time on_or_after), and find trashed, deleted or unshared pages by an id-only listing of the
 * synced range (Notion offers no deletion feed; webhooks would need a public endpoint). A failing data source
 * leaves the other syncing; the run then fails with its error.
 */
import { z } from 'zod';

import type { DocumentRecord } from '../../../common/records';
import { reconcile } from '../_lib/reconcile';
import type { SourceContext, SyncBatch, SyncRequest } from '../types';
import type { NotionApi } from './client';
import { toNotionError } from './errors';
import { listPageIds } from './listPageIds';
import { parseCursor } from '../_lib/parseCursor';

/** Edits this close before the last sync are read again (clock skew, edits in flight). */
export const EDITED_OVERLAP_MS = 15 * 60_000;

type TargetKind = 'prd' | 'fsd';

export interface NotionSyncDeps {
  targets: Array<{ kind: TargetKind; id: string; subject: string }>;
  /** A client for one batch (its own deadline). */
  api: () => NotionApi;
  /** The documents of a data source edited since `from`, after checking its properties (fetch's read). */
  load: (api: NotionApi, kind: TargetKind, id: string, from: number) => Promise<DocumentRecord[]>;
}

const cursorSchema = z.object({
  v: z.literal(1),
  /** Backfill start of the first run: the range every later listing covers. */
  from: z.number(),
  /** Per data source: start of its last committed sync. */
  synced: z.object({ prd: z.number().optional(), fsd: z.number().optional() }),
});
type NotionCursor = z.infer<typeof cursorSchema>;


async function changesOf(
  deps: NotionSyncDeps,
  target: NotionSyncDeps['targets'][number],
  from: number,
  since: number | undefined,
  stored: () => Promise<DocumentRecord[]>
): Promise<Pick<SyncBatch, 'upserts' | 'deletes'>> {
  const api = deps.api();
  if (since === undefined) {
    return { upserts: { documents: await deps.load(api, target.kind, target.id, from) } };
  }
  let listed: Set<string>;
  try {
    listed = await listPageIds(api, target.id, from);
  } catch (err) {
    throw toNotionError(err, target.subject);
  }
  const edited = await deps.load(api, target.kind, target.id, since - EDITED_OVERLAP_MS);
  const own = (await stored()).filter((d) => d.kind === target.kind);
  const { upserts, deletes } = reconcile(own, { produced: edited, listed });
  return { upserts: { documents: upserts }, deletes: { documents: deletes } };
}

export async function* syncNotion(
  deps: NotionSyncDeps,
  request: SyncRequest,
  source: SourceContext
): AsyncGenerator<SyncBatch> {
  const cursor = parseCursor(cursorSchema, request.cursor);
  const from = cursor?.from ?? request.backfillFrom;
  let synced = cursor?.synced ?? {};
  let storedDocuments: Promise<DocumentRecord[]> | undefined;
  const stored = () => {
    storedDocuments ??= request.stored(['documents']).then((r) => r.documents ?? []);
    return storedDocuments;
  };
  const errors: unknown[] = [];
  for (const [i, target] of deps.targets.entries()) {
    source.signal.throwIfAborted();
    let changes: Pick<SyncBatch, 'upserts' | 'deletes'>;
    try {
      changes = await changesOf(deps, target, from, synced[target.kind], stored);
    } catch (err) {
      if (source.signal.aborted) {
        throw err;
      }
      errors.push(err);
      continue;
    }
    synced = { ...synced, [target.kind]: source.now };
    yield {
      ...changes,
      cursor: JSON.stringify({ v: 1, from, synced } satisfies NotionCursor),
      done: i === deps.targets.length - 1 && errors.length === 0,
      progress: (i + 1) / deps.targets.length,
    };
  }
  if (errors.length > 0) {
    throw errors[0];
  }
}
