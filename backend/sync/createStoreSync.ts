/**
 * The executable's store factory: a data source with live sources and the store not switched off gets a
 * StoreSync over the embedded SQLite store (default) or the shared PostgreSQL store.
 */
import { isSyncable } from '../sources/types';
import type { StoreSyncFactory } from '../plugin';
import { StoreSync } from './storeSync';
import { resolveSyncSettings, isSyncedSource } from './syncSettings';

/** host:port/database of a connection string, for the status; never the user or password. */
export function postgresLocation(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL (unparsable connection string)';
  }
}

export function createStoreSyncFactory(defaultDir: string): StoreSyncFactory {
  return (config, sources, services) => {
    const settings = resolveSyncSettings(config.jsonData.store);
    if (settings.mode === 'off' || !sources.some((s) => isSyncable(s) && isSyncedSource(s.name))) {
      return undefined;
    }
    const common = { instance: config.uid, jsonData: config.jsonData, sources, ...services };
    if (settings.mode === 'postgres') {
      const url = config.secrets.storePostgresUrl ?? '';
      return new StoreSync({
        ...common,
        mode: 'postgres',
        location: url ? postgresLocation(url) : 'not configured',
        openStore: async () => {
          if (!url) {
            throw new Error('Store mode is PostgreSQL but no connection URL is saved (Store & sync → PostgreSQL URL).');
          }
          const { PostgresStore } = await import('../store/postgresStore');
          return new PostgresStore(url);
        },
      });
    }
    const dir = config.jsonData.store?.path || defaultDir;
    return new StoreSync({
      ...common,
      mode: 'embedded',
      location: dir,
      openStore: async () => {
        const { SqliteStore } = await import('../store/sqliteStore');
        return new SqliteStore(dir);
      },
    });
  };
}
