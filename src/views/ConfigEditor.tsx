import type { TeamMetricsOptions } from '../types';
import React from 'react';
import type { DataSourcePluginOptionsEditorProps } from '@grafana/data';
import type { TeamMetricsSecureJsonData } from '../../common/settings';

export type Props = DataSourcePluginOptionsEditorProps<TeamMetricsOptions, TeamMetricsSecureJsonData>;

export function ConfigEditor(_props: Props) {
  return <div>Config</div>;
}
