/** The prepared statements of one SQLite store file. */
import type { DatabaseSync, StatementSync } from 'node:sqlite';

export type SqliteStatements = ReturnType<typeof prepareStatements>;

export function prepareStatements(db: DatabaseSync) {
  const prepare = (sql: string): StatementSync => db.prepare(sql);
  const readData = prepare(
    `SELECT data FROM records WHERE instance = ? AND source = ? AND kind = ? AND start < ? AND ("end" IS NULL OR "end" >= ?) ORDER BY start, id`
  );
  readData.setReturnArrays(true);
  return {
    upsert: prepare(
      `INSERT INTO records (instance, source, kind, id, start, "end", data) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (instance, source, kind, id) DO UPDATE SET start = excluded.start, "end" = excluded."end", data = excluded.data`
    ),
    delete: prepare('DELETE FROM records WHERE instance = ? AND source = ? AND kind = ? AND id = ?'),
    replace: prepare(
      `DELETE FROM records WHERE instance = ? AND source = ? AND kind = ? AND start >= ? AND start < ?
       AND id NOT IN (SELECT value FROM json_each(?))`
    ),
    deleteSource: prepare('DELETE FROM records WHERE instance = ? AND source = ?'),
    readData,
    counts: prepare('SELECT kind, count(*) AS n FROM records WHERE instance = ? AND source = ? GROUP BY kind'),
    state: prepare(
      `SELECT scope, cursor, last_success_at, last_attempt_at, last_error, backfilled, progress FROM sync_state
       WHERE instance = ? AND source = ?`
    ),
    resetState: prepare(
      `INSERT INTO sync_state (instance, source, scope) VALUES (?, ?, ?)
       ON CONFLICT (instance, source) DO UPDATE SET scope = excluded.scope, cursor = NULL, last_success_at = NULL,
       last_attempt_at = NULL, last_error = NULL, backfilled = 0, progress = NULL`
    ),
    saveCursor: prepare(
      `INSERT INTO sync_state (instance, source, scope, cursor, progress) VALUES (?, ?, '', ?, ?)
       ON CONFLICT (instance, source) DO UPDATE SET cursor = excluded.cursor, progress = excluded.progress`
    ),
    markDone: prepare(
      'UPDATE sync_state SET last_success_at = ?, backfilled = 1, last_error = NULL WHERE instance = ? AND source = ?'
    ),
    markAttempt: prepare(
      `INSERT INTO sync_state (instance, source, scope, last_attempt_at) VALUES (?, ?, '', ?)
       ON CONFLICT (instance, source) DO UPDATE SET last_attempt_at = excluded.last_attempt_at`
    ),
    markFailure: prepare(
      `INSERT INTO sync_state (instance, source, scope, last_error) VALUES (?, ?, '', ?)
       ON CONFLICT (instance, source) DO UPDATE SET last_error = excluded.last_error`
    ),
    bumpGeneration: prepare(
      'INSERT INTO generation (instance, value) VALUES (?, 1) ON CONFLICT (instance) DO UPDATE SET value = value + 1'
    ),
    generation: prepare('SELECT value FROM generation WHERE instance = ?'),
  };
}
