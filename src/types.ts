import type { DataSourceJsonData } from '@grafana/data';
import type { DataQuery } from '@grafana/schema';
import type { CatalogEntry } from '../common/catalog/types';
import type { TeamMetricsQueryModel, VariableKind } from '../common/query';
import type { TeamMetricsJsonData } from '../common/settings';

/** A panel target: Grafana's own query fields plus the shared query model (with its narrower queryType). */
export interface TeamMetricsQuery extends Omit<DataQuery, 'queryType'>, TeamMetricsQueryModel {}

/** The data source's jsonData as Grafana types it: its common fields plus ours. */
export interface TeamMetricsOptions extends DataSourceJsonData, TeamMetricsJsonData {}

/** `GET catalog` */
export interface CatalogResponse {
  metrics: CatalogEntry[];
}

/** One entry of `GET options/<kind>`. */
export interface ResourceOption {
  value: string;
  label: string;
}

/** `GET options/<kind>` */
export interface OptionsResponse {
  values: ResourceOption[];
}

export type SourceStatusCode = 'ok' | 'error' | 'not_configured';

export interface SourceStatus {
  name: string;
  configured: boolean;
  status: SourceStatusCode;
  message: string;
}

/** `GET sources` */
export interface SourcesResponse {
  sources: SourceStatus[];
}

export type OptionKind = VariableKind;
