/**
 * One incremental Asana run as one batch. Per project: its layout (name, sections), an id-only listing
 * (opt_fields=gid, 100 per page) and the tasks modified since the last run less an overlap (GET /tasks
 * ?project&modified_since; adding a story counts as a modification), with their stories. A project whose layout
 * changed is read in full. Stored records missing from the listings, or read again without qualifying, are
 * deleted; sprints are rebuilt from the stored work items with this batch applied.
 */
import type { RecordKind, RecordSet, WorkItemRecord } from '../../../common/records';
import { reconcile } from '../_lib/reconcile';
import type { SourceContext, SyncBatch, SyncRequest } from '../types';
import { completedSinceOf, fetchProject, type ProjectRecords } from './fetchProject';
import { listAll } from './paginate';
import { readProjectLayout } from './projectLayout';
import type { ConfiguredProject } from './projectsFor';
import { namedSchema } from './schemas';
import { toSprints } from './sprints';
import { encodeAsanaCursor, type AsanaSyncCursor } from './syncCursor';
import { freshContext, guarded, sprintGidOf, type AsanaSyncDeps } from './syncContext';

/** Modifications this close before the last run are read again (clock skew, writes in flight). */
export const MODIFIED_OVERLAP_MS = 15 * 60_000;

const taskId = (gid: string) => `asana:${gid}`;

interface ProjectSync {
  gid: string;
  read: ProjectRecords;
}

function withBatch(stored: readonly WorkItemRecord[], deletes: readonly string[], produced: readonly WorkItemRecord[]) {
  const byId = new Map(stored.map((r) => [r.id, r]));
  deletes.forEach((id) => byId.delete(id));
  produced.forEach((r) => byId.set(r.id, r));
  return [...byId.values()];
}

export async function incrementalBatch(
  deps: AsanaSyncDeps,
  kinds: readonly RecordKind[],
  projects: ConfiguredProject[],
  cursor: AsanaSyncCursor & { syncedAt: number },
  request: SyncRequest,
  source: SourceContext
): Promise<SyncBatch> {
  const stored = await request.stored(kinds);
  const modifiedSince = new Date(cursor.syncedAt - MODIFIED_OVERLAP_MS).toISOString();
  const completedSince = completedSinceOf(cursor.from);
  const listed = new Set<string>();
  const layouts: Record<string, string> = {};
  const reads: ProjectSync[] = [];
  for (const [gid, metrics] of projects) {
    source.signal.throwIfAborted();
    await guarded(source, gid, async () => {
      const ctx = freshContext(deps, source);
      const { project, layout } = await readProjectLayout(deps.requester, gid, ctx);
      const ids = await listAll(
        deps.requester,
        { op: 'tasksForProject', gid, query: { opt_fields: 'gid', completed_since: completedSince } },
        namedSchema,
        ctx
      );
      ids.forEach((t) => listed.add(taskId(t.gid)));
      const unchanged = cursor.layouts[gid] === layout;
      const read = await fetchProject(deps.requester, gid, metrics, deps.settings, { from: cursor.from }, ctx, {
        project,
        ...(unchanged ? { modifiedSince } : {}),
      });
      layouts[gid] = layout;
      reads.push({ gid, read });
    });
  }
  const reread = new Set(reads.flatMap((r) => r.read.taskGids.map(taskId)));
  const upserts: RecordSet = {};
  const deletes: SyncBatch['deletes'] = {};
  const producedItems = reads.flatMap((r) => r.read.items);
  if (kinds.includes('workItems')) {
    const items = reconcile(stored.workItems ?? [], { produced: producedItems, listed, reread });
    upserts.workItems = items.upserts;
    deletes.workItems = items.deletes;
  }
  if (kinds.includes('incidents')) {
    const produced = reads.flatMap((r) => r.read.incidents);
    const incidents = reconcile(stored.incidents ?? [], { produced, listed, reread });
    upserts.incidents = incidents.upserts;
    deletes.incidents = incidents.deletes;
  }
  const sprintRead = reads.find((r) => r.gid === sprintGidOf(deps.settings));
  if (kinds.includes('sprints') && sprintRead) {
    const items = withBatch(stored.workItems ?? [], deletes.workItems ?? [], producedItems);
    const { sprintNames, projectName } = sprintRead.read;
    const sprints = toSprints(sprintNames, projectName, items, deps.timeZone);
    const changed = reconcile(stored.sprints ?? [], { produced: sprints, listed: new Set(sprints.map((s) => s.id)) });
    upserts.sprints = changed.upserts;
    deletes.sprints = changed.deletes;
  }
  return {
    upserts,
    deletes,
    cursor: encodeAsanaCursor({ v: 1, from: cursor.from, layouts, syncedAt: source.now }),
    done: true,
  };
}
