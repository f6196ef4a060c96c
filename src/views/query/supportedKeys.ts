import type { CatalogEntry } from '../../../common/catalog/types';
import { FILTER_KEYS, GROUP_BY_KEYS, type FilterKey, type GroupByKey, type QueryFilters } from '../../../common/query';

/** The query filters a metric supports, in the order of FILTER_KEYS. */
export function supportedFilterKeys(entry: CatalogEntry): FilterKey[] {
  return FILTER_KEYS.filter((key) => entry.dimensions.includes(key));
}

/** 'none' plus the groupings a metric supports. */
export function supportedGroupByKeys(entry: CatalogEntry): GroupByKey[] {
  return GROUP_BY_KEYS.filter((key) => key === 'none' || (entry.dimensions as string[]).includes(key));
}

/** Drops filters a metric does not support, so switching metrics never sends stale filters. */
export function pruneFilters(filters: QueryFilters | undefined, keys: FilterKey[]): QueryFilters {
  const result: QueryFilters = {};
  for (const key of keys) {
    const values = filters?.[key];
    if (values && values.length > 0) {
      result[key] = values;
    }
  }
  return result;
}
