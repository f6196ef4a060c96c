/** PostgreSQL failures as messages a person can act on, free of the connection string and password. */
import { scrubSecrets, type PostgresTarget } from './postgresTarget';

export class PostgresStoreError extends Error {
  constructor(
    message: string,
    /** Node's errno code (ECONNREFUSED) or PostgreSQL's SQLSTATE (28P01), when known. */
    readonly code?: string
  ) {
    super(message);
    this.name = 'PostgresStoreError';
  }
}

const HINTS: Record<string, string> = {
  ECONNREFUSED: 'connection refused: is PostgreSQL running and listening on that host and port?',
  ENOTFOUND: 'host not found: check the host name in the URL',
  EAI_AGAIN: 'host name lookup failed: check DNS and the host name in the URL',
  ETIMEDOUT: 'connection timed out: check the host, port and firewall',
  ECONNRESET: 'the server closed the connection',
  '28P01': 'password authentication failed: check the user and password in the URL',
  '28000': 'the server refused this user or client address (pg_hba.conf)',
  '3D000': 'the database does not exist: create it or fix the database name in the URL',
  '42501': 'permission denied: the user needs to create tables in the database, and to read and write them',
  '53300': 'too many connections on the server',
  '57P03': 'the server is starting up or shutting down',
};

/** The error as a PostgresStoreError naming the target; its message carries no secret of the target. */
export function postgresStoreError(err: unknown, target: PostgresTarget): PostgresStoreError {
  if (err instanceof PostgresStoreError) {
    return err;
  }
  const code = typeof (err as { code?: unknown } | null)?.code === 'string' ? (err as { code: string }).code : undefined;
  const raw = err instanceof Error ? err.message : String(err);
  const hint = code === undefined && /timeout/i.test(raw) ? HINTS.ETIMEDOUT : code && HINTS[code];
  const detail = hint ? `${hint} (${raw})` : raw;
  return new PostgresStoreError(scrubSecrets(`PostgreSQL store ${target.display}: ${detail}`, target), code);
}
