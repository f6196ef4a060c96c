/** Team Metrics as a set of protocol handlers: per-data-source instances, query routing, resources, health. */
import type { SourceName } from '../../common/records';
import { QueryError, isQueryError } from '../protocol/errors';
import type { Frame } from '../protocol/frames/frame';
import type { Logger } from '../protocol/logger';
import type { PluginContext } from '../protocol/messages';
import type { PluginMetrics } from '../protocol/pluginMetrics';
import type { Redactor } from '../protocol/redactor';
import type { PluginHandlers } from '../protocol/server';
import type { RecordSource, SourceContext, SourceTelemetry } from '../sources/types';
import type { StoreSync } from '../sync/storeSync';
import { checkHealth } from './checkHealth';
import { toDataSourceConfig, type DataSourceConfig } from './dataSourceConfig';
import { DataSourceInstance } from './dataSourceInstance';
import { dataGeneration, handleQuery } from './handleQuery';
import { InstanceManager } from './instanceManager';
import type { QueryContext } from './queryContext';
import { parseQuery } from './queryModel';
import { handleResource } from './resources';

/** Grafana's own data proxy timeout is 30 s; a query still running then is of no use to anyone. */
export const QUERY_DEADLINE_MS = 30_000;

export interface TeamMetricsPlugin extends PluginHandlers {
  dispose(): Promise<void>;
}

/** Builds a data source's sync store (undefined: the store is off, or nothing to sync); see backend/sync/createStoreSync.ts. */
export type StoreSyncFactory = (config: DataSourceConfig, sources: readonly RecordSource[], services: StoreServices) => StoreSync | undefined;

export interface StoreServices {
  telemetry: SourceTelemetry;
  logger: Logger;
  scrub: (text: string) => string;
}

export function createTeamMetricsPlugin(deps: {
  logger: Logger;
  metrics: PluginMetrics;
  redactor: Redactor;
  now?: () => number;
  /** Without it, every query asks the providers (tests); the executable passes the sync store. */
  storeSync?: StoreSyncFactory;
}): TeamMetricsPlugin {
  const now = deps.now ?? Date.now;
  const { redactor } = deps;
  const instances = new InstanceManager<DataSourceInstance>();
  const telemetry: SourceTelemetry = {
    upstreamRequest: (source: SourceName) => deps.metrics.upstreamRequests.inc({ source }),
    cacheHit: (source: SourceName) => deps.metrics.cacheHits.inc({ source }),
  };

  const instanceFor = (plugin: PluginContext): DataSourceInstance | undefined => {
    const settings = plugin.dataSourceInstanceSettings;
    if (!settings) {
      return undefined;
    }
    return instances.get(settings.uid, settings.lastUpdatedMS, () => {
      deps.logger.info('data source instance created', { uid: settings.uid, lastUpdatedMS: settings.lastUpdatedMS });
      const secrets = Object.values(settings.decryptedSecureJsonData ?? {});
      redactor.add(secrets);
      const config = toDataSourceConfig(settings);
      const services: StoreServices = { telemetry, logger: deps.logger, scrub: (text) => redactor.scrub(text) };
      const storeSync = deps.storeSync;
      return new DataSourceInstance(config, undefined, () => redactor.remove(secrets), storeSync && ((sources) => storeSync(config, sources, services)));
    });
  };

  const contextFor = (plugin: PluginContext): QueryContext | undefined => {
    const instance = instanceFor(plugin);
    if (!instance) {
      return undefined;
    }
    const deadline = Date.now() + QUERY_DEADLINE_MS;
    let signal: AbortSignal | undefined;
    const source: SourceContext = {
      // Made on first use: most answers (demo, stored or cached data) never need it, and each is a 30 s timer.
      get signal() {
        return (signal ??= AbortSignal.timeout(Math.max(0, deadline - Date.now())));
      },
      telemetry,
      logger: deps.logger,
      now: now(),
    };
    return { instance, source };
  };

  const requireContext = (plugin: PluginContext): QueryContext => {
    const context = contextFor(plugin);
    if (!context) {
      throw new Error('request carries no data source settings');
    }
    return context;
  };

  /** Whatever a provider's error text echoed, no secret leaves in an error, a notice or a health line. */
  const scrubError = (err: unknown): Error => {
    if (isQueryError(err)) {
      return new QueryError(redactor.scrub(err.message), err.status, err.source);
    }
    const error = new Error(redactor.scrub(err instanceof Error ? err.message : String(err)));
    error.stack = redactor.scrub(err instanceof Error ? (err.stack ?? '') : '');
    return error;
  };
  const scrubFrames = (frames: Frame[]): Frame[] =>
    frames.map((frame) =>
      frame.meta?.notices ? { ...frame, meta: { ...frame.meta, notices: frame.meta.notices.map((n) => ({ ...n, text: redactor.scrub(n.text) })) } } : frame
    );

  return {
    memoScope: (query, model, plugin) => {
      const instance = instanceFor(plugin);
      const generation = instance && dataGeneration(query, model, instance, now());
      const settings = plugin.dataSourceInstanceSettings;
      return generation === undefined || !settings ? undefined : `${settings.uid}@${settings.lastUpdatedMS}#${generation}`;
    },
    query: async (query, plugin) => {
      try {
        return scrubFrames(await handleQuery(parseQuery(query), requireContext(plugin)));
      } catch (err) {
        throw scrubError(err);
      }
    },
    checkHealth: async (plugin) => {
      try {
        const result = await checkHealth(requireContext(plugin));
        return { ...result, message: redactor.scrub(result.message) };
      } catch (err) {
        return { status: 'error', message: scrubError(err).message };
      }
    },
    callResource: async (request, plugin) => {
      try {
        return await handleResource(request, contextFor(plugin));
      } catch (err) {
        throw scrubError(err);
      }
    },
    dispose: () => instances.disposeAll(),
  };
}
