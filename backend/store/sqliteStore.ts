/**
 * The embedded store: one SQLite file per data source instance, `<dir>/<uid>.sqlite`, written through node:sqlite.
 * One process per file: the sync lock is an in-process mutex, so a second process (another Grafana on the same
 * directory) is not supported and would sync concurrently; share a PostgreSQL store between instances instead.
 */
import { accessSync, constants, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';

import type { RecordKind, RecordSet, SourceName } from '../../common/records';
import type { FetchWindow, SyncBatch } from '../sources/types';
import { batchRows } from './batchRows';
import { instanceFileName } from './instanceFileName';
import { StringPool } from './internStrings';
import { LockSet } from './lockSet';
import type { RecordStore, SyncLock, SyncStatus } from './recordStore';
import { openSqliteFile } from './sqliteSchema';
import { prepareStatements, type SqliteStatements } from './sqliteStatements';
import { syncStatusOf } from './syncStatusOf';

/** Shared by every SqliteStore of the process: two stores opened on one directory still sync a source once. */
const FILE_LOCKS = new LockSet();

interface InstanceDb {
  db: DatabaseSync;
  st: SqliteStatements;
}

interface StateColumns {
  scope: string;
  cursor: string | null;
  last_success_at: number | null;
  last_attempt_at: number | null;
  last_error: string | null;
  backfilled: number;
  progress: number | null;
}

export class SqliteStore implements RecordStore {
  readonly kind = 'sqlite';
  private readonly dir: string;
  private readonly dbs = new Map<string, InstanceDb>();

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  /** The directory of the files, for status and logs. */
  get location(): string {
    return this.dir;
  }

  /** The file of an instance's store. */
  fileOf(instance: string): string {
    return join(this.dir, instanceFileName(instance));
  }

  /** Creates the directory; fails now, not at the first sync, when it cannot be written. */
  async open(): Promise<void> {
    try {
      mkdirSync(this.dir, { recursive: true });
      accessSync(this.dir, constants.W_OK);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      throw new Error(`The embedded store cannot write to ${this.dir} (${code}): set a writable directory in the store settings`);
    }
  }

  async ensureScope(instance: string, source: SourceName, scope: string): Promise<SyncStatus> {
    const { db, st } = this.instance(instance);
    transaction(db, () => {
      const row = st.state.get(instance, source) as StateColumns | undefined;
      if (row?.scope !== scope) {
        st.deleteSource.run(instance, source);
        st.resetState.run(instance, source, scope);
        st.bumpGeneration.run(instance);
      }
    });
    return this.statusOf(instance, source) as SyncStatus;
  }

  async applyBatch(instance: string, source: SourceName, batch: SyncBatch, now: number): Promise<void> {
    const rows = batchRows(batch);
    const { db, st } = this.instance(instance);
    transaction(db, () => {
      for (const r of rows.replaces) {
        st.replace.run(instance, source, r.kind, r.from, r.to, JSON.stringify(r.keepIds));
      }
      for (const r of rows.upserts) {
        st.upsert.run(instance, source, r.kind, r.id, r.start, r.end, r.data);
      }
      for (const { kind, ids } of rows.deletes) {
        for (const id of ids) {
          st.delete.run(instance, source, kind, id);
        }
      }
      st.saveCursor.run(instance, source, batch.cursor, batch.progress ?? null);
      if (batch.done) {
        st.markDone.run(now, instance, source);
      }
      st.bumpGeneration.run(instance);
    });
  }

  async markAttempt(instance: string, source: SourceName, now: number): Promise<void> {
    this.instance(instance).st.markAttempt.run(instance, source, now);
  }

  async markFailure(instance: string, source: SourceName, error: string): Promise<void> {
    this.instance(instance).st.markFailure.run(instance, source, error);
  }

  async status(instance: string, source: SourceName): Promise<SyncStatus | undefined> {
    return this.statusOf(instance, source);
  }

  async read(instance: string, source: SourceName, kinds: readonly RecordKind[], window?: FetchWindow): Promise<RecordSet> {
    const { st } = this.instance(instance);
    const to = window?.to ?? Number.MAX_SAFE_INTEGER;
    const from = window?.from ?? Number.MIN_SAFE_INTEGER;
    const out: Record<string, unknown[]> = {};
    for (const kind of kinds) {
      // Row by row: each JSON text is garbage as soon as it is parsed (all rows at once doubled the peak memory).
      const items: unknown[] = [];
      const strings = new StringPool();
      for (const row of st.readData.iterate(instance, source, kind, to, from) as Iterable<[string]>) {
        items.push(strings.internFields(JSON.parse(row[0]) as object));
      }
      out[kind] = items;
    }
    return out as RecordSet;
  }

  async generation(instance: string): Promise<number> {
    const row = this.instance(instance).st.generation.get(instance) as { value: number } | undefined;
    return row?.value ?? 0;
  }

  async tryLock(instance: string, source: SourceName): Promise<SyncLock | undefined> {
    return FILE_LOCKS.tryLock(`${this.fileOf(instance)}\0${source}`);
  }

  /** Deletes the instance's file: nothing of a deleted data source stays on disk. */
  async dropInstance(instance: string): Promise<void> {
    this.dbs.get(instance)?.db.close();
    this.dbs.delete(instance);
    const file = this.fileOf(instance);
    for (const suffix of ['', '-wal', '-shm']) {
      rmSync(file + suffix, { force: true });
    }
  }

  async close(): Promise<void> {
    for (const { db } of this.dbs.values()) {
      db.close();
    }
    this.dbs.clear();
  }

  private instance(instance: string): InstanceDb {
    let entry = this.dbs.get(instance);
    if (!entry) {
      const db = openSqliteFile(this.fileOf(instance));
      entry = { db, st: prepareStatements(db) };
      this.dbs.set(instance, entry);
    }
    return entry;
  }

  private statusOf(instance: string, source: SourceName): SyncStatus | undefined {
    const { st } = this.instance(instance);
    const row = st.state.get(instance, source) as StateColumns | undefined;
    if (!row) {
      return undefined;
    }
    const counts: Partial<Record<RecordKind, number>> = {};
    for (const { kind, n } of st.counts.all(instance, source) as Array<{ kind: RecordKind; n: number }>) {
      counts[kind] = n;
    }
    return syncStatusOf(
      source,
      {
        scope: row.scope,
        cursor: row.cursor,
        lastSuccessAt: row.last_success_at,
        lastAttemptAt: row.last_attempt_at,
        lastError: row.last_error,
        backfilled: row.backfilled === 1,
        progress: row.progress,
      },
      counts
    );
  }
}

/** BEGIN IMMEDIATE takes the write lock up front, so the transaction never fails half-way on a busy upgrade. */
function transaction(db: DatabaseSync, work: () => void): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    work();
    db.exec('COMMIT');
  } catch (err) {
    if (db.isTransaction) {
      db.exec('ROLLBACK');
    }
    throw err;
  }
}
