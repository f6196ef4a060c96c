import type {
  AnnotationKind,
  Bucket,
  Comparison,
  FilterKey,
  GroupByKey,
  QueryType,
  VariableKind,
} from '../common/query';

export const QUERY_TYPE_LABELS: Record<QueryType, string> = {
  metric: 'Metric',
  annotations: 'Annotations',
  variable: 'Variable values',
  demo_timeseries: 'Demo time series',
  demo_table: 'Demo table',
};

export const FILTER_LABELS: Record<FilterKey, string> = {
  repo: 'Repository',
  team: 'Team',
  person: 'Person',
  project: 'Project',
  environment: 'Environment',
  service: 'Service',
  device: 'Device',
  channel: 'Channel',
  campaign: 'Campaign',
  category: 'Category',
};

export const GROUP_BY_LABELS: Record<GroupByKey, string> = { none: 'None', ...FILTER_LABELS };

export const VARIABLE_KIND_LABELS: Record<VariableKind, string> = { ...FILTER_LABELS, metric: 'Metric' };

export const BUCKET_LABELS: Record<Bucket, string> = {
  period: 'Whole range',
  day: 'Day',
  week: 'Week',
  month: 'Month',
  sprint: 'Sprint',
};

export const COMPARISON_LABELS: Record<Comparison, string> = {
  none: 'None',
  previous_period: 'Previous period',
  baseline: 'Baseline',
  anomaly: 'Anomaly flag',
};

export const ANNOTATION_KIND_LABELS: Record<AnnotationKind, string> = {
  release: 'Releases',
  deployment: 'Deployments',
  incident: 'Incidents',
};

/** Turns a catalog family id into a heading: 'dora' → 'DORA', 'flow' → 'Flow'. */
export function familyLabel(family: string): string {
  const acronyms: Record<string, string> = { dora: 'DORA', space: 'SPACE' };
  return acronyms[family] ?? family.charAt(0).toUpperCase() + family.slice(1);
}
