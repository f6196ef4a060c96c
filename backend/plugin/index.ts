/** Team Metrics as a set of protocol handlers: per-data-source instances, query routing, resources, health. */
import type { Logger } from '../protocol/logger';
import type { PluginContext } from '../protocol/messages';
import type { PluginMetrics } from '../protocol/pluginMetrics';
import type { PluginHandlers } from '../protocol/server';
import { checkHealth } from './checkHealth';
import { toDataSourceConfig } from './dataSourceConfig';
import { DataSourceInstance } from './dataSourceInstance';
import { handleQuery } from './handleQuery';
import { InstanceManager } from './instanceManager';
import { parseQuery } from './queryModel';
import { handleResource } from './resources';

export interface TeamMetricsPlugin extends PluginHandlers {
  dispose(): Promise<void>;
}

export function createTeamMetricsPlugin(deps: { logger: Logger; metrics: PluginMetrics; now?: () => number }): TeamMetricsPlugin {
  const now = deps.now ?? Date.now;
  const instances = new InstanceManager<DataSourceInstance>();

  const instanceFor = (context: PluginContext): DataSourceInstance | undefined => {
    const settings = context.dataSourceInstanceSettings;
    if (!settings) {
      return undefined;
    }
    return instances.get(settings.uid, settings.lastUpdatedMS, () => {
      deps.logger.info('data source instance created', { uid: settings.uid, lastUpdatedMS: settings.lastUpdatedMS });
      return new DataSourceInstance(toDataSourceConfig(settings), now);
    });
  };

  const requireInstance = (context: PluginContext): DataSourceInstance => {
    const instance = instanceFor(context);
    if (!instance) {
      throw new Error('request carries no data source settings');
    }
    return instance;
  };

  return {
    query: async (query, context) => handleQuery(parseQuery(query), requireInstance(context), now()),
    checkHealth: async (context) => {
      try {
        return checkHealth(requireInstance(context));
      } catch (err) {
        return { status: 'error', message: err instanceof Error ? err.message : String(err) };
      }
    },
    callResource: async (request, context) => handleResource(request, instanceFor(context)),
    dispose: () => instances.disposeAll(),
  };
}
