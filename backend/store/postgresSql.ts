/** The PostgreSQL store's statements. Named ones are prepared once per connection by pg. */

export const UPSERT = {
  name: 'teammetrics_upsert',
  text: `INSERT INTO records (instance, source, kind, id, start, "end", data)
    SELECT $1, $2, t.kind, t.id, t.start, t."end", t.data
    FROM unnest($3::text[], $4::text[], $5::bigint[], $6::bigint[], $7::text[]) AS t(kind, id, start, "end", data)
    ON CONFLICT (instance, source, kind, id) DO UPDATE SET start = excluded.start, "end" = excluded."end", data = excluded.data`,
};

export const DELETE_IDS = {
  name: 'teammetrics_delete',
  text: 'DELETE FROM records WHERE instance = $1 AND source = $2 AND kind = $3 AND id = ANY($4::text[])',
};

export const REPLACE = {
  name: 'teammetrics_replace',
  text: `DELETE FROM records WHERE instance = $1 AND source = $2 AND kind = $3 AND start >= $4 AND start < $5
    AND NOT (id = ANY($6::text[]))`,
};

export const SAVE_CURSOR = {
  name: 'teammetrics_cursor',
  text: `INSERT INTO sync_state (instance, source, scope, cursor, progress) VALUES ($1, $2, '', $3, $4)
    ON CONFLICT (instance, source) DO UPDATE SET cursor = excluded.cursor, progress = excluded.progress`,
};

export const MARK_DONE = {
  name: 'teammetrics_done',
  text: 'UPDATE sync_state SET last_success_at = $3, backfilled = true, last_error = NULL WHERE instance = $1 AND source = $2',
};

export const BUMP_GENERATION = {
  name: 'teammetrics_bump',
  text: 'INSERT INTO generation (instance, value) VALUES ($1, 1) ON CONFLICT (instance) DO UPDATE SET value = generation.value + 1',
};

export const READ = {
  name: 'teammetrics_read',
  text: `SELECT data FROM records WHERE instance = $1 AND source = $2 AND kind = $3 AND start < $4
    AND ("end" IS NULL OR "end" >= $5) ORDER BY start, id`,
};

export const STATE = `SELECT scope, cursor, last_success_at, last_attempt_at, last_error, backfilled, progress
  FROM sync_state WHERE instance = $1 AND source = $2`;

export const COUNTS = 'SELECT kind, count(*)::int AS n FROM records WHERE instance = $1 AND source = $2 GROUP BY kind';

export const RESET_STATE = `INSERT INTO sync_state (instance, source, scope) VALUES ($1, $2, $3)
  ON CONFLICT (instance, source) DO UPDATE SET scope = excluded.scope, cursor = NULL, last_success_at = NULL,
  last_attempt_at = NULL, last_error = NULL, backfilled = false, progress = NULL`;

export const MARK_ATTEMPT = `INSERT INTO sync_state (instance, source, scope, last_attempt_at) VALUES ($1, $2, '', $3)
  ON CONFLICT (instance, source) DO UPDATE SET last_attempt_at = excluded.last_attempt_at`;

export const MARK_FAILURE = `INSERT INTO sync_state (instance, source, scope, last_error) VALUES ($1, $2, '', $3)
  ON CONFLICT (instance, source) DO UPDATE SET last_error = excluded.last_error`;
