import type { QueryFilters } from '../../../common/query';
import type { RecordKind, RecordSet } from '../../../common/records';
import { activeFilters, filterRecords } from './filterRecords';
import { KIND_DIMENSIONS } from './kindDimensions';

function filterKind<K extends RecordKind>(records: RecordSet, kind: K, filters: QueryFilters): RecordSet[K] {
  const items: readonly object[] | undefined = records[kind];
  if (items === undefined || activeFilters(filters, KIND_DIMENSIONS[kind]).length === 0) {
    return records[kind];
  }
  return filterRecords(items, filters, KIND_DIMENSIONS[kind]) as RecordSet[K];
}

/**
 * Applies query filters to every record kind, each on the dimensions that kind carries (see KIND_DIMENSIONS).
 * Missing kinds stay missing (not set up ≠ empty). Returns a new RecordSet; the input is not mutated. A kind
 * no active filter applies to keeps its array (not a copy), so per-array memoization (see memoize) carries
 * across requests over the same records.
 *
 * @example applyFilters(records, { team: ['payments'] })
 */
export function applyFilters(records: RecordSet, filters: QueryFilters): RecordSet {
  const result: RecordSet = {};
  for (const kind of Object.keys(KIND_DIMENSIONS) as RecordKind[]) {
    if (records[kind] !== undefined) {
      Object.assign(result, { [kind]: filterKind(records, kind, filters) });
    }
  }
  return result;
}
