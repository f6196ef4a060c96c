/** The dashboard's repo/team variables as query filters, for the dimensions a metric supports. */
import type { CatalogEntry } from '../../../common/catalog/types';
import type { QueryFilters } from '../../../common/query';

export function metricFilters(entry: CatalogEntry, filters: QueryFilters): QueryFilters {
  const result: QueryFilters = {};
  for (const [key, values] of Object.entries(filters) as Array<[keyof QueryFilters, string[]]>) {
    if ((entry.dimensions as readonly string[]).includes(key)) {
      result[key] = values;
    }
  }
  return result;
}
