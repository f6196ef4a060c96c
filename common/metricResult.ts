/**
 * What the metric engine returns for one query; the backend turns it into data frames.
 * Times are epoch milliseconds (UTC instants); bucket starts are computed in the query's time zone.
 */

export type Severity = 'info' | 'warning' | 'error';

export interface Notice {
  severity: Severity;
  text: string;
}

export interface SeriesPoint {
  /** Start of the bucket, epoch ms. */
  time: number;
  /** null = no data for this bucket (never a silent zero). */
  value: number | null;
}

export interface Series {
  /** e.g. { team: 'payments' }; empty when not grouped. */
  labels: Record<string, string>;
  points: SeriesPoint[];
  /** Optional display name override, e.g. "Deploy Frequency (previous period)". */
  displayName?: string;
}

export type ColumnType = 'string' | 'number' | 'time' | 'boolean';

export interface TableColumn {
  name: string;
  type: ColumnType;
  unit?: string;
}

export interface Table {
  name?: string;
  columns: TableColumn[];
  /** Row-major; time cells are epoch ms, number cells may be null. */
  rows: Array<Array<string | number | boolean | null>>;
}

export interface MetricResult {
  metricId: string;
  /** Grafana unit id, e.g. 'short', 'percentunit', 'h', 's', 'd'. */
  unit: string;
  decimals?: number;
  /** Time series (one per label set). */
  series: Series[];
  /** Extra tables, e.g. per-item details or tier classification. */
  tables?: Table[];
  notices: Notice[];
  /** Set when there is no data at all, saying why (no deployments configured, source not set up, ...). */
  noDataReason?: string;
}
