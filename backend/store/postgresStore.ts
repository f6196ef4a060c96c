/**
 * The shared store: one PostgreSQL database for several Grafana instances. Each instance reads; one at a time
 * syncs a source, under an advisory lock. Errors are PostgresStoreErrors whose messages name the server as
 * user@host:port/database and never carry the connection string or password.
 */
import { Pool, type PoolClient } from 'pg';

import type { RecordKind, RecordSet, SourceName } from '../../common/records';
import type { FetchWindow, SyncBatch } from '../sources/types';
import { batchRows, type RecordRow } from './batchRows';
import { lockKey } from './lockKey';
import { LockSet } from './lockSet';
import { postgresStoreError } from './postgresError';
import { tryAdvisoryLock } from './postgresLock';
import { ensurePostgresSchema } from './postgresSchema';
import * as sql from './postgresSql';
import { postgresTarget, type PostgresTarget } from './postgresTarget';
import type { RecordStore, SyncLock, SyncStatus } from './recordStore';
import { syncStatusOf } from './syncStatusOf';

const CONNECT_TIMEOUT_MS = 10_000;
/** Rows per INSERT: bounds the size of one statement's parameters for very large batches. */
const UPSERT_CHUNK = 2_000;

export interface PostgresStoreOptions {
  /** Connections in the pool, including those holding sync locks (default 10). */
  maxConnections?: number;
}

interface StateColumns {
  scope: string;
  cursor: string | null;
  last_success_at: string | null;
  last_attempt_at: string | null;
  last_error: string | null;
  backfilled: boolean;
  progress: number | null;
}

export class PostgresStore implements RecordStore {
  readonly kind = 'postgres';
  private readonly target: PostgresTarget;
  private readonly pool: Pool;
  /** Callers of this store: they contend here before taking a connection for the advisory lock. */
  private readonly locks = new LockSet();

  constructor(connectionString: string, options: PostgresStoreOptions = {}) {
    this.target = postgresTarget(connectionString);
    this.pool = new Pool({
      connectionString,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      application_name: 'teammetrics',
    });
    // An idle connection that fails is dropped by the pool and replaced on the next checkout; nothing to do.
    this.pool.on('error', () => undefined);
  }

  /** user@host:port/database, for status and logs. */
  get location(): string {
    return this.target.display;
  }

  async open(): Promise<void> {
    await this.withClient(ensurePostgresSchema);
  }

  async ensureScope(instance: string, source: SourceName, scope: string): Promise<SyncStatus> {
    await this.transaction(async (client) => {
      const { rows } = await client.query<{ scope: string }>(
        'SELECT scope FROM sync_state WHERE instance = $1 AND source = $2 FOR UPDATE',
        [instance, source]
      );
      if (rows[0]?.scope === scope) {
        return;
      }
      await client.query('DELETE FROM records WHERE instance = $1 AND source = $2', [instance, source]);
      await client.query(sql.RESET_STATE, [instance, source, scope]);
      await client.query({ ...sql.BUMP_GENERATION, values: [instance] });
    });
    return (await this.status(instance, source)) as SyncStatus;
  }

  async applyBatch(instance: string, source: SourceName, batch: SyncBatch, now: number): Promise<void> {
    const rows = batchRows(batch);
    await this.transaction(async (client) => {
      for (const r of rows.replaces) {
        await client.query({ ...sql.REPLACE, values: [instance, source, r.kind, r.from, r.to, r.keepIds] });
      }
      for (let i = 0; i < rows.upserts.length; i += UPSERT_CHUNK) {
        await client.query({ ...sql.UPSERT, values: [instance, source, ...columns(rows.upserts.slice(i, i + UPSERT_CHUNK))] });
      }
      for (const { kind, ids } of rows.deletes) {
        await client.query({ ...sql.DELETE_IDS, values: [instance, source, kind, ids] });
      }
      await client.query({ ...sql.SAVE_CURSOR, values: [instance, source, batch.cursor, batch.progress ?? null] });
      if (batch.done) {
        await client.query({ ...sql.MARK_DONE, values: [instance, source, now] });
      }
      await client.query({ ...sql.BUMP_GENERATION, values: [instance] });
    });
  }

  async markAttempt(instance: string, source: SourceName, now: number): Promise<void> {
    await this.query(sql.MARK_ATTEMPT, [instance, source, now]);
  }

  async markFailure(instance: string, source: SourceName, error: string): Promise<void> {
    await this.query(sql.MARK_FAILURE, [instance, source, error]);
  }

  async status(instance: string, source: SourceName): Promise<SyncStatus | undefined> {
    const [state] = await this.query<StateColumns>(sql.STATE, [instance, source]);
    if (!state) {
      return undefined;
    }
    const counts: Partial<Record<RecordKind, number>> = {};
    for (const { kind, n } of await this.query<{ kind: RecordKind; n: number }>(sql.COUNTS, [instance, source])) {
      counts[kind] = n;
    }
    return syncStatusOf(
      source,
      {
        scope: state.scope,
        cursor: state.cursor,
        lastSuccessAt: toNumber(state.last_success_at),
        lastAttemptAt: toNumber(state.last_attempt_at),
        lastError: state.last_error,
        backfilled: state.backfilled,
        progress: state.progress,
      },
      counts
    );
  }

  async read(instance: string, source: SourceName, kinds: readonly RecordKind[], window?: FetchWindow): Promise<RecordSet> {
    const to = window?.to ?? Number.MAX_SAFE_INTEGER;
    const from = window?.from ?? Number.MIN_SAFE_INTEGER;
    const out: Record<string, unknown[]> = {};
    await this.withClient(async (client) => {
      // One query per kind: an equality on kind keeps the scan to that kind's range of the index.
      for (const kind of kinds) {
        const { rows } = await client.query<[string]>({ ...sql.READ, values: [instance, source, kind, to, from], rowMode: 'array' });
        out[kind] = rows.map((row) => JSON.parse(row[0]));
      }
    });
    return out as RecordSet;
  }

  async generation(instance: string): Promise<number> {
    const [row] = await this.query<{ value: string }>('SELECT value FROM generation WHERE instance = $1', [instance]);
    return row ? Number(row.value) : 0;
  }

  async tryLock(instance: string, source: SourceName): Promise<SyncLock | undefined> {
    const local = this.locks.tryLock(`${instance}\0${source}`);
    if (!local) {
      return undefined;
    }
    try {
      const lock = await tryAdvisoryLock(await this.pool.connect(), lockKey(instance, source));
      if (!lock) {
        await local.release();
        return undefined;
      }
      return {
        release: async () => {
          await lock.release();
          await local.release();
        },
      };
    } catch (err) {
      await local.release();
      throw postgresStoreError(err, this.target);
    }
  }

  /** Keeps the instance's generation row (bumped), so a reader holding an old number still sees a change. */
  async dropInstance(instance: string): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('DELETE FROM records WHERE instance = $1', [instance]);
      await client.query('DELETE FROM sync_state WHERE instance = $1', [instance]);
      await client.query({ ...sql.BUMP_GENERATION, values: [instance] });
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async query<R extends object>(text: string, values: unknown[]): Promise<R[]> {
    try {
      return (await this.pool.query<R>(text, values)).rows;
    } catch (err) {
      throw postgresStoreError(err, this.target);
    }
  }

  private async withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw postgresStoreError(err, this.target);
    }
    const ignore = (): void => undefined; // a lost connection also rejects the pending query, handled below
    client.on('error', ignore);
    try {
      const result = await work(client);
      client.release();
      return result;
    } catch (err) {
      client.release(true);
      throw postgresStoreError(err, this.target);
    } finally {
      client.off('error', ignore);
    }
  }

  private async transaction(work: (client: PoolClient) => Promise<void>): Promise<void> {
    await this.withClient(async (client) => {
      await client.query('BEGIN');
      try {
        await work(client);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }
}

function columns(rows: RecordRow[]): [string[], string[], number[], Array<number | null>, string[]] {
  return [rows.map((r) => r.kind), rows.map((r) => r.id), rows.map((r) => r.start), rows.map((r) => r.end), rows.map((r) => r.data)];
}

function toNumber(value: string | null): number | null {
  return value === null ? null : Number(value);
}
