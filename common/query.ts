/**
 * The query model shared by the frontend (query editor) and the backend (QueryData).
 * Grafana sends the whole object as `DataQuery.json`; `queryType` is also copied to `DataQuery.queryType`.
 */

export const QUERY_TYPES = ['metric', 'annotations', 'variable', 'demo_timeseries', 'demo_table'] as const;
export type QueryType = (typeof QUERY_TYPES)[number];

/** Dimensions of engineering records (PRs, deployments, incidents, work items). */
export const ENGINEERING_FILTER_KEYS = ['repo', 'team', 'person', 'project', 'environment', 'service'] as const;
/** Dimensions of marketing and product rows (GA4 device and channel, HubSpot campaign, event category). */
export const ROW_FILTER_KEYS = ['device', 'channel', 'campaign', 'category'] as const;

export const FILTER_KEYS = [...ENGINEERING_FILTER_KEYS, ...ROW_FILTER_KEYS] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const GROUP_BY_KEYS = ['none', ...FILTER_KEYS] as const;
export type GroupByKey = (typeof GROUP_BY_KEYS)[number];
export type QueryFilters = Partial<Record<FilterKey, string[]>>;

/** `period` = one value over the whole dashboard time range (stat panels, alert rules). */
export const BUCKETS = ['period', 'day', 'week', 'month', 'sprint'] as const;
export type Bucket = (typeof BUCKETS)[number];

export const COMPARISONS = ['none', 'previous_period', 'baseline', 'anomaly'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** What the frontend stores in a panel target (minus Grafana's own DataQuery fields). */
export interface TeamMetricsQueryModel {
  queryType?: QueryType;
  /** Catalog metric id, for queryType `metric`. */
  metric?: string;
  filters?: QueryFilters;
  groupBy?: GroupByKey;
  bucket?: Bucket;
  comparison?: Comparison;
  /** Trailing periods used by `baseline` and `anomaly` comparisons. */
  baselinePeriods?: number;
  /** `timeseries` (default): one frame per series; `table`: the result's tables (tiers, per-item details). */
  format?: 'timeseries' | 'table';
  /** IANA time zone for bucket boundaries; defaults to the data source's setting, then UTC. */
  timezone?: string;
  /** For queryType `annotations`: which events to return. */
  annotationKinds?: AnnotationKind[];
  /** For queryType `variable`: which values to list. */
  variableKind?: VariableKind;
  /** For the demo scenarios: how many series (label sets) to return. */
  seriesCount?: number;
}

export const ANNOTATION_KINDS = ['release', 'deployment', 'incident'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export const VARIABLE_KINDS = [...FILTER_KEYS, 'metric'] as const;
export type VariableKind = (typeof VARIABLE_KINDS)[number];

export const DEFAULT_QUERY: Required<Pick<TeamMetricsQueryModel, 'queryType' | 'metric' | 'bucket' | 'groupBy'>> = {
  queryType: 'metric',
  metric: 'deploy_frequency',
  bucket: 'week',
  groupBy: 'none',
};
