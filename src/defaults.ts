import { ANNOTATION_KINDS } from '../common/query';
import type { TeamMetricsQuery } from './types';

export const DEFAULT_ANNOTATION_QUERY: Pick<TeamMetricsQuery, 'queryType' | 'annotationKinds' | 'filters'> = {
  queryType: 'annotations',
  annotationKinds: [...ANNOTATION_KINDS],
  filters: {},
};

export const DEFAULT_VARIABLE_QUERY: Pick<TeamMetricsQuery, 'queryType' | 'variableKind' | 'filters'> = {
  queryType: 'variable',
  variableKind: 'repo',
  filters: {},
};

/** Trailing periods for `baseline` and `anomaly` comparisons when the query sets none. */
export const DEFAULT_BASELINE_PERIODS = 8;
