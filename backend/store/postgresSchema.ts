/** The PostgreSQL store's tables, created once even when several Grafana instances start together. */
import type { PoolClient } from 'pg';

import { lockKey } from './lockKey';

const SCHEMA_LOCK_KEY = lockKey('teammetrics', 'schema');

const DDL = [
  `CREATE TABLE IF NOT EXISTS records (
    instance text NOT NULL,
    source text NOT NULL,
    kind text NOT NULL,
    id text NOT NULL,
    start bigint NOT NULL,
    "end" bigint,
    data text NOT NULL,
    PRIMARY KEY (instance, source, kind, id)
  )`,
  'CREATE INDEX IF NOT EXISTS records_by_start ON records (instance, source, kind, start, id)',
  `CREATE TABLE IF NOT EXISTS sync_state (
    instance text NOT NULL,
    source text NOT NULL,
    scope text NOT NULL,
    cursor text,
    last_success_at bigint,
    last_attempt_at bigint,
    last_error text,
    backfilled boolean NOT NULL DEFAULT false,
    progress double precision,
    PRIMARY KEY (instance, source)
  )`,
  'CREATE TABLE IF NOT EXISTS generation (instance text PRIMARY KEY, value bigint NOT NULL)',
];

/**
 * CREATE TABLE IF NOT EXISTS alone can still fail when two sessions create the same table at once (a unique
 * violation in the catalog), so creation runs under a transaction-level advisory lock.
 */
export async function ensurePostgresSchema(client: PoolClient): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
    for (const statement of DDL) {
      await client.query(statement);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
