/** Lazy reads of what earlier batches stored, made at most once per batch. */
import type { ChangeRecord, DeploymentRecord } from '../../../../common/records';
import type { SyncRequest } from '../../types';

export interface StoredLookups {
  /** Changes alive since the backfill start, as fetch over that window would list them. */
  changes(): Promise<ChangeRecord[]>;
  /** Per repo, the latest successful production deployment that finished before `before`. */
  bases(before: number): Promise<Map<string, DeploymentRecord>>;
}

const deployedAt = (d: DeploymentRecord) => d.finishedAt ?? d.startedAt;

export function storedLookups(request: SyncRequest, from: number, now: number): StoredLookups {
  let changes: Promise<ChangeRecord[]> | undefined;
  return {
    changes: () => (changes ??= request.stored(['changes'], { from, to: now }).then((s) => s.changes ?? [])),
    bases: async (before) => {
      const bases = new Map<string, DeploymentRecord>();
      for (const d of (await request.stored(['deployments'], { from, to: before })).deployments ?? []) {
        const current = d.repo ? bases.get(d.repo) : undefined;
        if (d.repo && d.production && d.status === 'success' && d.sha && deployedAt(d) < before && (!current || deployedAt(d) > deployedAt(current))) {
          bases.set(d.repo, d);
        }
      }
      return bases;
    },
  };
}
