import type { ScopedVars } from '@grafana/data';
import { ANNOTATION_KINDS, FILTER_KEYS, type AnnotationKind, type QueryFilters } from '../common/query';
import type { TeamMetricsQuery } from './types';

/** What the template service offers: `getTemplateSrv().replace`. */
export type ReplaceFn = (target: string, scopedVars: ScopedVars, format: (value: unknown) => string) => string;

/** Joins multi-value variable values; a control character cannot appear in repo, team or person names. */
const MULTI_VALUE_SEPARATOR = '\u001f';

function formatMultiValue(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(MULTI_VALUE_SEPARATOR) : String(value);
}

/** Interpolates one string; a multi-value variable expands to several values. */
export function interpolateValues(value: string, scopedVars: ScopedVars, replace: ReplaceFn): string[] {
  return replace(value, scopedVars, formatMultiValue)
    .split(MULTI_VALUE_SEPARATOR)
    .filter((v) => v !== '');
}

function interpolateList(values: string[], scopedVars: ScopedVars, replace: ReplaceFn): string[] {
  const expanded = values.flatMap((v) => interpolateValues(v, scopedVars, replace));
  return Array.from(new Set(expanded));
}

function interpolateFilters(filters: QueryFilters, scopedVars: ScopedVars, replace: ReplaceFn): QueryFilters {
  const result: QueryFilters = {};
  for (const key of FILTER_KEYS) {
    const values = filters[key];
    if (values) {
      result[key] = interpolateList(values, scopedVars, replace);
    }
  }
  return result;
}

function isAnnotationKind(value: string): value is AnnotationKind {
  return (ANNOTATION_KINDS as readonly string[]).includes(value);
}

/**
 * Replaces template variables in every string field of a query.
 * Filters and annotation kinds are lists, so a multi-value variable (`$repo` = a, b) becomes one entry per value.
 * Scalar fields take the variable's values joined by commas.
 *
 * @example
 * interpolateQuery({ refId: 'A', filters: { repo: ['$repo'] } }, {}, replace) // filters.repo = ['api', 'web']
 */
export function interpolateQuery(
  query: TeamMetricsQuery,
  scopedVars: ScopedVars,
  replace: ReplaceFn
): TeamMetricsQuery {
  const scalar = (value: string) => interpolateValues(value, scopedVars, replace).join(',');
  return {
    ...query,
    ...(query.metric !== undefined && { metric: scalar(query.metric) }),
    ...(query.timezone !== undefined && { timezone: scalar(query.timezone) }),
    ...(query.filters && { filters: interpolateFilters(query.filters, scopedVars, replace) }),
    ...(query.annotationKinds && {
      annotationKinds: interpolateList(query.annotationKinds, scopedVars, replace).filter(isAnnotationKind),
    }),
  };
}
