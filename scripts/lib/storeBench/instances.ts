/** The data source under test: one configuration, asked directly (on-demand) or through the sync store. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { DataSourceConfig } from '../../../backend/plugin/dataSourceConfig';
import { DataSourceInstance } from '../../../backend/plugin/dataSourceInstance';
import { createLogger } from '../../../backend/protocol/logger';
import { GitHubSource } from '../../../backend/sources/github/gitHubSource';
import type { RecordSource, SourceTelemetry } from '../../../backend/sources/types';
import { SqliteStore } from '../../../backend/store/sqliteStore';
import { StoreSync } from '../../../backend/sync/storeSync';

export const NOW = Date.UTC(2026, 10, 26, 12);
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** GitHub's hourly limit for a token or an App installation. */
export const HOURLY_LIMIT = 5_000;

/** The bench data source: the org "acme" on the double, a 5-minute cache, the store with its defaults. */
export function benchConfig(baseUrl: string): DataSourceConfig {
  return {
    uid: 'bench',
    name: 'bench',
    lastUpdatedMS: 1,
    jsonData: {
      cacheTtlSeconds: 300,
      github: { enabled: true, authType: 'pat', baseUrl, org: 'acme', teamsFrom: 'mapping', teamMapping: { alice: 'payments' } },
    },
    secrets: { githubToken: 'ghp_bench' },
  };
}

export const tempStoreDir = () => mkdtempSync(join(tmpdir(), 'tm-bench-store-'));

/** The previous behaviour: every refresh asks GitHub (through the source's response cache). */
export function onDemandInstance(config: DataSourceConfig, clock: () => number, wrap: (source: RecordSource) => RecordSource = (s) => s) {
  const source = new GitHubSource(config, { clock });
  return { source, instance: new DataSourceInstance(config, [wrap(source)]) };
}

/** The store: a StoreSync over an embedded SQLite store in `dir`; its scheduler starts syncing as it opens. */
export function storeInstance(config: DataSourceConfig, dir: string, clock: () => number, telemetry: SourceTelemetry) {
  const source = new GitHubSource(config, { clock });
  let sync: StoreSync | undefined;
  const instance = new DataSourceInstance(config, [source], undefined, (sources) => {
    sync = new StoreSync({
      openStore: async () => new SqliteStore(dir),
      mode: 'embedded',
      location: dir,
      instance: config.uid,
      jsonData: config.jsonData,
      sources,
      telemetry,
      logger: createLogger((line) => process.stderr.write(`${line}\n`), 'error'),
      scrub: (text) => text,
      now: clock,
    });
    return sync;
  });
  if (!sync) {
    throw new Error('the data source built no store');
  }
  return { source, instance, sync };
}
