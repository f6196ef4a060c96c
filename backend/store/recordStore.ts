/**
 * The sync store (issue #9): records of the live sources, copied in by the scheduler and read by queries.
 * Two implementations: embedded SQLite (node:sqlite, one file per data source) and shared PostgreSQL (several
 * Grafana instances; one syncs at a time under an advisory lock, all read). Keys: the data source uid
 * (`instance`), the source name, the record kind and the record id.
 */
import type { RecordKind, RecordSet, SourceName } from '../../common/records';
import type { FetchWindow, SyncBatch } from '../sources/types';

/** What the store remembers of a source's syncs, shown in frame meta, notices and the `sync` resource. */
export interface SyncStatus {
  source: SourceName;
  /** Hash of the source's settings the stored data was synced with (see SyncableSource). */
  scope: string;
  /** Cursor of the last committed batch; undefined = never synced (or dropped after a scope change). */
  cursor?: string;
  /** When the last complete run (a batch with done = true) finished, epoch ms. */
  lastSuccessAt?: number;
  /** When the last run started, epoch ms. */
  lastAttemptAt?: number;
  /** Error message of the last run, if it failed (already free of secrets); cleared by a successful run. */
  lastError?: string;
  /** True once a first backfill completed: queries may be answered from the store. */
  backfilled: boolean;
  /** 0..1 while a backfill runs. */
  progress?: number;
  /** Records stored for the source, per kind. */
  counts: Partial<Record<RecordKind, number>>;
}

/** Held while one process syncs one source of one instance; other processes' tryLock gets undefined. */
export interface SyncLock {
  release(): Promise<void>;
}

export interface RecordStore {
  /** 'sqlite' or 'postgres', for status and logs. */
  readonly kind: 'sqlite' | 'postgres';

  /** Creates tables if needed (idempotent; safe when several processes start together). */
  open(): Promise<void>;

  /**
   * Makes `scope` the source's current scope. If it differs from the stored one, the source's records, cursor and
   * status are dropped in one transaction (a backfill follows). Returns the status after that.
   */
  ensureScope(instance: string, source: SourceName, scope: string): Promise<SyncStatus>;

  /**
   * Commits one batch atomically: upserts, deletes, window replacements, the cursor, progress and — when
   * batch.done — lastSuccessAt = now, backfilled = true, lastError cleared. Bumps the generation.
   */
  applyBatch(instance: string, source: SourceName, batch: SyncBatch, now: number): Promise<void>;

  /** Records the start of a run (lastAttemptAt). */
  markAttempt(instance: string, source: SourceName, now: number): Promise<void>;
  /** Records a failed run (lastError); the cursor stays at the last committed batch. */
  markFailure(instance: string, source: SourceName, error: string, now: number): Promise<void>;

  status(instance: string, source: SourceName): Promise<SyncStatus | undefined>;

  /**
   * Records of the source for the kinds, alive in the window (start < to and (end ≥ from or no end)), or every
   * stored record when window is undefined. Kinds with no stored record come back as empty arrays.
   */
  read(instance: string, source: SourceName, kinds: readonly RecordKind[], window?: FetchWindow): Promise<RecordSet>;

  /**
   * A number that changes whenever any batch for the instance is committed, by this process or another one
   * sharing the store. Readers keep an in-memory copy and reload when it changes.
   */
  generation(instance: string): Promise<number>;

  /** Non-blocking: the lock for (instance, source), or undefined when another process/caller holds it. */
  tryLock(instance: string, source: SourceName): Promise<SyncLock | undefined>;

  /** Drops every record, cursor and status of the instance (data source deleted). */
  dropInstance(instance: string): Promise<void>;

  close(): Promise<void>;
}
