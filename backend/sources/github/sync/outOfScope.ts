/**
 * Ids of stored records whose repository is no longer in scope (an organisation's repository archived, or no
 * longer matching a pattern): the settings, and so the store's scope hash, did not change, so the source removes them.
 */
import type { RecordKind, RecordSet } from '../../../../common/records';
import type { SyncRequest } from '../../types';
import type { Deletes } from './itemRecords';

type RepoOf = { [K in RecordKind]?: (record: NonNullable<RecordSet[K]>[number]) => string | undefined };

const REPO_OF: RepoOf = {
  changes: (r) => r.repo,
  reviews: (r) => r.repo,
  deployments: (r) => r.repo,
  releases: (r) => r.repo,
  workItems: (r) => r.project,
  incidents: (r) => r.service,
};

export async function outOfScope(request: SyncRequest, repos: readonly string[]): Promise<Deletes> {
  const inScope = new Set(repos);
  const stored = await request.stored(request.kinds);
  const deletes: Deletes = {};
  for (const kind of request.kinds) {
    const repoOf = REPO_OF[kind] as ((record: unknown) => string | undefined) | undefined;
    const gone = ((stored[kind] ?? []) as Array<{ id: string }>).filter((r) => {
      const repo = repoOf?.(r);
      return repo !== undefined && !inScope.has(repo);
    });
    if (gone.length > 0) {
      deletes[kind] = gone.map((r) => r.id);
    }
  }
  return deletes;
}
