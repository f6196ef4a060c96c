/** The sync_state row of a source as a SyncStatus (both stores keep the same columns). */
import type { RecordKind, SourceName } from '../../common/records';
import type { SyncStatus } from './recordStore';

export interface SyncStateRow {
  scope: string;
  cursor: string | null;
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  lastError: string | null;
  backfilled: boolean;
  progress: number | null;
}

export function syncStatusOf(source: SourceName, row: SyncStateRow, counts: Partial<Record<RecordKind, number>>): SyncStatus {
  return {
    source,
    scope: row.scope,
    cursor: row.cursor ?? undefined,
    lastSuccessAt: row.lastSuccessAt ?? undefined,
    lastAttemptAt: row.lastAttemptAt ?? undefined,
    lastError: row.lastError ?? undefined,
    backfilled: row.backfilled,
    progress: row.progress ?? undefined,
    counts,
  };
}
