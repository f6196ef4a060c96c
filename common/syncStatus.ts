/** The `sync` resource: what the store holds per source and when it last synced (config editor, frame meta). */
import type { RecordKind } from './records';
import type { StoreSettings, SyncedSourceName } from './settings';

export type SourceSyncState =
  /** First run: copying the backfill window; queries are answered by the provider directly meanwhile. */
  | 'backfilling'
  | 'syncing'
  | 'ok'
  /** The last run failed (lastError says why); queries read what the store has. */
  | 'failed'
  /** No successful run for more than twice the interval. */
  | 'stale'
  /** Another Grafana instance holds the sync lock (shared PostgreSQL store). */
  | 'synced_elsewhere';

export interface SourceSyncView {
  source: SyncedSourceName;
  title: string;
  state: SourceSyncState;
  intervalMinutes: number;
  /** ISO instants. */
  lastSuccessAt?: string;
  lastAttemptAt?: string;
  nextRunAt?: string;
  lastError?: string;
  /** 0..1 while backfilling. */
  progress?: number;
  counts: Partial<Record<RecordKind, number>>;
  /** Upstream requests the sync made in the last hour, and the most it may make (GitHub's budget). */
  requestsLastHour: number;
  budgetPerHour?: number;
}

export interface SyncStatusResponse {
  /** error: the store could not be opened (queries then ask the providers directly). */
  store: { mode: NonNullable<StoreSettings['mode']>; location?: string; error?: string };
  sources: SourceSyncView[];
}
