import type { FilterKey, QueryFilters } from '../../../common/query';
import { dimensionOf } from './dimensionOf';

/** Filter values that mean "everything" (Grafana's "All" option). */
const MATCH_ALL = new Set(['*', '$__all']);

export interface ActiveFilter {
  key: FilterKey;
  values: Set<string>;
}

/**
 * The filters that restrict anything among `applicable`: keys with values, none of them "*" / "$__all".
 *
 * @example activeFilters({ repo: ['acme/api'], team: ['$__all'] }, ['repo', 'team']) // [{ key: 'repo', values: Set { 'acme/api' } }]
 */
export function activeFilters(filters: QueryFilters, applicable: readonly FilterKey[]): ActiveFilter[] {
  return applicable
    .map((key) => ({ key, values: filters[key] ?? [] }))
    .filter(({ values }) => values.length > 0 && !values.some((v) => MATCH_ALL.has(v)))
    .map(({ key, values }) => ({ key, values: new Set(values) }));
}

/**
 * Keeps the records whose value for every active filter key is one of the filter's values.
 * Only the keys in `applicable` are applied; a key with no values (or containing "*" / "$__all") is inactive.
 * A record without a value for an active key is dropped. Returns a new array.
 *
 * @example filterRecords(changes, { repo: ['acme/api'] }, ['repo', 'team', 'person'])
 */
export function filterRecords<T extends object>(
  items: readonly T[],
  filters: QueryFilters,
  applicable: readonly FilterKey[]
): T[] {
  const active = activeFilters(filters, applicable);
  if (active.length === 0) {
    return [...items];
  }
  return items.filter((item) =>
    active.every(({ key, values }) => {
      const value = dimensionOf(item, key);
      return value !== undefined && values.has(value);
    })
  );
}
