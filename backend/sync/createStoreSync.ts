/**
 * The executable's store factory: a data source with live sources and the store not switched off gets a
 * StoreSync over the embedded SQLite store (default) or the shared PostgreSQL store.
 */
import { isSyncable } from '../sources/types';
import type { StoreSyncFactory } from '../plugin';
import { openStore } from '../store/openStore';
import { postgresTarget } from '../store/postgresTarget';
import { StoreSync } from './storeSync';
import { resolveSyncSettings, isSyncedSource } from './syncSettings';

function postgresLocation(url: string | undefined): string {
  if (!url) {
    return 'PostgreSQL (no URL saved)';
  }
  try {
    return postgresTarget(url).display;
  } catch {
    return 'PostgreSQL (unparsable URL)';
  }
}

export function createStoreSyncFactory(defaultDir: string): StoreSyncFactory {
  return (config, sources, services) => {
    const settings = config.jsonData.store;
    const { mode } = resolveSyncSettings(settings);
    if (mode === 'off' || !sources.some((s) => isSyncable(s) && isSyncedSource(s.name))) {
      return undefined;
    }
    const postgresUrl = config.secrets.storePostgresUrl;
    return new StoreSync({
      instance: config.uid,
      jsonData: config.jsonData,
      sources,
      ...services,
      mode,
      location: mode === 'postgres' ? postgresLocation(postgresUrl) : settings?.path?.trim() || defaultDir,
      openStore: async () => {
        const store = await openStore({ settings, postgresUrl, defaultDir });
        if (!store) {
          throw new Error('The store is off.');
        }
        return store;
      },
    });
  };
}
