import { FILTER_KEYS, type QueryFilters } from '../../common/query';

/**
 * Query parameters for `GET options/<kind>`: one comma-separated parameter per non-empty filter.
 * Template variables are left out: the backend cannot resolve them.
 *
 * @example
 * toOptionParams({ team: ['core', '$team'], repo: [] }) // { team: 'core' }
 */
export function toOptionParams(filters: QueryFilters = {}): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const values = (filters[key] ?? []).filter((v) => !v.startsWith('$'));
    if (values.length > 0) {
      params[key] = values.join(',');
    }
  }
  return params;
}
