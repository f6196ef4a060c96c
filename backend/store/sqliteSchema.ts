/** Opens (and creates) the SQLite file of one data source instance. */
import { DatabaseSync } from 'node:sqlite';

/** How long a statement waits for a lock held by another connection before failing. */
const BUSY_TIMEOUT_MS = 5_000;
const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS records (
  instance TEXT NOT NULL,
  source TEXT NOT NULL,
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER,
  data TEXT NOT NULL,
  PRIMARY KEY (instance, source, kind, id)
);
CREATE INDEX IF NOT EXISTS records_by_start ON records (instance, source, kind, start, id);
CREATE TABLE IF NOT EXISTS sync_state (
  instance TEXT NOT NULL,
  source TEXT NOT NULL,
  scope TEXT NOT NULL,
  cursor TEXT,
  last_success_at INTEGER,
  last_attempt_at INTEGER,
  last_error TEXT,
  backfilled INTEGER NOT NULL DEFAULT 0,
  progress REAL,
  PRIMARY KEY (instance, source)
);
CREATE TABLE IF NOT EXISTS generation (
  instance TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
`;

/**
 * WAL lets reads run beside the writer; synchronous=NORMAL keeps every committed transaction across a crash of
 * the process (a power loss may drop the last ones, never corrupt the file).
 */
export function openSqliteFile(path: string): DatabaseSync {
  const db = new DatabaseSync(path);
  try {
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('BEGIN IMMEDIATE');
    db.exec(SCHEMA);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    db.exec('COMMIT');
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
