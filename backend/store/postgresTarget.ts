/** What may be said about a PostgreSQL store's connection string, and what must never be. */

export interface PostgresTarget {
  /** user@host:port/database: no password, safe for messages and logs. */
  display: string;
  /** The connection string and its password (raw and decoded): scrubbed from every message. */
  secrets: string[];
}

const INVALID = "the store's PostgreSQL URL is not valid: expected postgres://user:password@host:5432/database";

/** Throws a message without the URL when it does not parse as a postgres:// or postgresql:// URL. */
export function postgresTarget(connectionString: string): PostgresTarget {
  let url: URL;
  try {
    url = new URL(connectionString);
  } catch {
    throw new Error(INVALID);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new Error(INVALID);
  }
  const user = url.username ? `${decodeURIComponent(url.username)}@` : '';
  const display = `${user}${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname === '/' ? '' : decodeURIComponent(url.pathname)}`;
  const secrets = [connectionString, url.password, safeDecode(url.password)].filter((s) => s.length > 0);
  return { display, secrets };
}

/** The text without any of the target's secrets. */
export function scrubSecrets(text: string, target: PostgresTarget): string {
  return target.secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
