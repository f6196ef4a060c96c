/** Team Metrics as a set of protocol handlers: per-data-source instances, query routing, resources, health. */
import type { SourceName } from '../../common/records';
import type { Logger } from '../protocol/logger';
import type { PluginContext } from '../protocol/messages';
import type { PluginMetrics } from '../protocol/pluginMetrics';
import type { PluginHandlers } from '../protocol/server';
import type { SourceContext, SourceTelemetry } from '../sources/types';
import { checkHealth } from './checkHealth';
import { toDataSourceConfig } from './dataSourceConfig';
import { DataSourceInstance } from './dataSourceInstance';
import { handleQuery } from './handleQuery';
import { InstanceManager } from './instanceManager';
import type { QueryContext } from './queryContext';
import { parseQuery } from './queryModel';
import { handleResource } from './resources';

/** Grafana's own data proxy timeout is 30 s; a query still running then is of no use to anyone. */
export const QUERY_DEADLINE_MS = 30_000;

export interface TeamMetricsPlugin extends PluginHandlers {
  dispose(): Promise<void>;
}

export function createTeamMetricsPlugin(deps: { logger: Logger; metrics: PluginMetrics; now?: () => number }): TeamMetricsPlugin {
  const now = deps.now ?? Date.now;
  const instances = new InstanceManager<DataSourceInstance>();
  const telemetry: SourceTelemetry = {
    upstreamRequest: (source: SourceName) => deps.metrics.upstreamRequests.inc({ source }),
    cacheHit: (source: SourceName) => deps.metrics.cacheHits.inc({ source }),
  };

  const contextFor = (plugin: PluginContext): QueryContext | undefined => {
    const settings = plugin.dataSourceInstanceSettings;
    if (!settings) {
      return undefined;
    }
    const instance = instances.get(settings.uid, settings.lastUpdatedMS, () => {
      deps.logger.info('data source instance created', { uid: settings.uid, lastUpdatedMS: settings.lastUpdatedMS });
      return new DataSourceInstance(toDataSourceConfig(settings));
    });
    const source: SourceContext = { signal: AbortSignal.timeout(QUERY_DEADLINE_MS), telemetry, logger: deps.logger, now: now() };
    return { instance, source };
  };

  const requireContext = (plugin: PluginContext): QueryContext => {
    const context = contextFor(plugin);
    if (!context) {
      throw new Error('request carries no data source settings');
    }
    return context;
  };

  return {
    query: async (query, plugin) => handleQuery(parseQuery(query), requireContext(plugin)),
    checkHealth: async (plugin) => {
      try {
        return await checkHealth(requireContext(plugin));
      } catch (err) {
        return { status: 'error', message: err instanceof Error ? err.message : String(err) };
      }
    },
    callResource: async (request, plugin) => handleResource(request, contextFor(plugin)),
    dispose: () => instances.disposeAll(),
  };
}
