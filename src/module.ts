import { DataSourcePlugin } from '@grafana/data';
import type { TeamMetricsSecureJsonData } from '../common/settings';
import { DataSource } from './datasource';
import type { TeamMetricsQuery, TeamMetricsOptions } from './types';
import { ConfigEditor } from './views/ConfigEditor';
import { QueryEditor } from './views/QueryEditor';

export const plugin = new DataSourcePlugin<DataSource, TeamMetricsQuery, TeamMetricsOptions, TeamMetricsSecureJsonData>(
  DataSource
)
  .setConfigEditor(ConfigEditor)
  .setQueryEditor(QueryEditor);
