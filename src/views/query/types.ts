import type { DataSource } from '../../datasource';
import type { TeamMetricsQuery } from '../../types';

/** What every query-type editor receives. */
export interface QueryFieldsProps {
  datasource: DataSource;
  query: TeamMetricsQuery;
  onChange: (query: TeamMetricsQuery) => void;
  onRunQuery: () => void;
}
