/** A session-level advisory lock held on its own connection until released. */
import type { PoolClient } from 'pg';

import type { SyncLock } from './recordStore';

/**
 * Tries the lock on the client. On success the client stays checked out (the lock lives as long as its session;
 * PostgreSQL frees it when the connection ends, e.g. when the process is killed). On refusal the client is
 * returned to the pool.
 */
export async function tryAdvisoryLock(client: PoolClient, key: string): Promise<SyncLock | undefined> {
  // A checked-out client that loses its connection emits 'error'; unhandled, that would end the process.
  const ignore = (): void => undefined;
  client.on('error', ignore);
  let locked: boolean;
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [key]);
    locked = rows[0]?.locked === true;
  } catch (err) {
    client.off('error', ignore);
    client.release(true);
    throw err;
  }
  if (!locked) {
    client.off('error', ignore);
    client.release();
    return undefined;
  }
  let released = false;
  return {
    release: async () => {
      if (released) {
        return;
      }
      released = true;
      try {
        await client.query('SELECT pg_advisory_unlock($1)', [key]);
        client.release();
      } catch {
        // The session is gone, and its lock with it: drop the connection instead of reusing it.
        client.release(true);
      } finally {
        client.off('error', ignore);
      }
    },
  };
}
