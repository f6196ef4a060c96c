/** The store a data source's settings ask for, opened; each implementation is loaded only when chosen. */
import type { StoreSettings } from '../../common/settings';
import type { RecordStore } from './recordStore';

export interface OpenStoreOptions {
  settings?: StoreSettings;
  /** The decrypted secret storePostgresUrl, for mode postgres. */
  postgresUrl?: string;
  /** Directory of the embedded store when settings.path is empty (the plugin passes <Grafana data>/teammetrics). */
  defaultDir: string;
}

/** An opened store, or undefined for mode 'off'. Throws a message without secrets when it cannot be opened. */
export async function openStore({ settings, postgresUrl, defaultDir }: OpenStoreOptions): Promise<RecordStore | undefined> {
  const mode = settings?.mode ?? 'embedded';
  if (mode === 'off') {
    return undefined;
  }
  const store = mode === 'postgres' ? await postgresStore(postgresUrl) : await sqliteStore(settings?.path?.trim() || defaultDir);
  try {
    await store.open();
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
  return store;
}

async function postgresStore(url: string | undefined): Promise<RecordStore> {
  if (!url) {
    throw new Error('The store is set to PostgreSQL but no PostgreSQL URL is saved: enter postgres://user:password@host:5432/database');
  }
  const { PostgresStore } = await import('./postgresStore');
  return new PostgresStore(url);
}

async function sqliteStore(dir: string): Promise<RecordStore> {
  const { SqliteStore } = await import('./sqliteStore');
  return new SqliteStore(dir);
}
