/**
 * Asana into the store (issue #9). The first run backfills what fetch reads for backfillFrom → now, one batch
 * per configured project. Later runs are one batch (syncIncremental.ts): the tasks modified since the last run
 * and the deletions an id-only listing reveals.
 *
 * Not the Events API: its sync tokens are per resource and "always expire after 24 hours" (Asana's OpenAPI), so a
 * daily sync would get 412 "sync token expired" and have to re-list every project anyway.
 */
import type { RecordKind } from '../../../common/records';
import type { SourceContext, SyncBatch, SyncRequest } from '../types';
import { fetchProject } from './fetchProject';
import { projectsFor, type ConfiguredProject } from './projectsFor';
import { readProjectLayout } from './projectLayout';
import { encodeAsanaCursor, parseAsanaCursor, type AsanaSyncCursor } from './syncCursor';
import { freshContext, guarded, recordsOfProject, type AsanaSyncDeps } from './syncContext';
import { incrementalBatch } from './syncIncremental';

export async function* syncAsana(
  deps: AsanaSyncDeps,
  request: SyncRequest,
  source: SourceContext
): AsyncGenerator<SyncBatch> {
  const kinds = request.kinds.filter((k) => deps.provides.includes(k));
  const projects = projectsFor(deps.settings, kinds, deps.provides);
  const cursor = parseAsanaCursor(request.cursor);
  source.signal.throwIfAborted();
  if (cursor?.syncedAt !== undefined && !cursor.backfill) {
    yield await incrementalBatch(deps, kinds, projects, { ...cursor, syncedAt: cursor.syncedAt }, request, source);
    return;
  }
  yield* backfill(deps, kinds, projects, cursor, request, source);
}

async function* backfill(
  deps: AsanaSyncDeps,
  kinds: readonly RecordKind[],
  projects: ConfiguredProject[],
  cursor: AsanaSyncCursor | undefined,
  request: SyncRequest,
  source: SourceContext
): AsyncGenerator<SyncBatch> {
  const from = cursor?.from ?? request.backfillFrom;
  const { startedAt, done } = cursor?.backfill ?? { startedAt: source.now, done: [] };
  const todo = projects.filter(([gid]) => !done.includes(gid));
  // Tasks modified while the backfill ran are read again by the first incremental run.
  const finished = (layouts: Record<string, string>) => encodeAsanaCursor({ v: 1, from, layouts, syncedAt: startedAt });
  let layouts = cursor?.layouts ?? {};
  if (todo.length === 0) {
    yield { upserts: {}, cursor: finished(layouts), done: true, progress: 1 };
    return;
  }
  let committed = done;
  for (const [i, [gid, metrics]] of todo.entries()) {
    source.signal.throwIfAborted();
    const { read, layout } = await guarded(source, gid, async () => {
      const ctx = freshContext(deps, source);
      const seen = await readProjectLayout(deps.requester, gid, ctx);
      const projectRead = await fetchProject(deps.requester, gid, metrics, deps.settings, { from }, ctx, {
        project: seen.project,
      });
      return { read: projectRead, layout: seen.layout };
    });
    committed = [...committed, gid];
    layouts = { ...layouts, [gid]: layout };
    const last = i === todo.length - 1;
    yield {
      upserts: recordsOfProject(deps, kinds, gid, read),
      cursor: last
        ? finished(layouts)
        : encodeAsanaCursor({ v: 1, from, layouts, backfill: { startedAt, done: committed } }),
      done: last,
      progress: committed.length / (done.length + todo.length),
    };
  }
}
