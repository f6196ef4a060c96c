import type { GroupByKey } from '../../../common/query';
import { dimensionOf } from './dimensionOf';
import { memoize } from './memoize';

/** A group function that closes over nothing per request, so its results can be cached per items array. */
export type GroupKeyOf<T> = (item: T, groupBy: GroupByKey) => string | undefined;

/**
 * The instants of items as a column (NaN where `instantOf` gives undefined). Memoized per (items array,
 * instantOf function): metrics that pass a module-level instantOf read the records once per RecordSet, not per
 * request, and later passes scan a compact array instead of scattered records. Shared and read-only.
 *
 * @example instantsOf(deployments, deployedAt)[0] // deployedAt(deployments[0]) ?? NaN
 */
export const instantsOf: <T>(items: readonly T[], instantOf: (item: T) => number | undefined) => Float64Array =
  memoize(<T>(items: readonly T[], instantOf: (item: T) => number | undefined): Float64Array => {
    const instants = new Float64Array(items.length);
    for (let i = 0; i < items.length; i++) {
      instants[i] = instantOf(items[i]) ?? Number.NaN;
    }
    return instants;
  });

/**
 * dimensionOf columns taken during a pass over the records for other columns (see changeColumnsOf): groupsOf
 * returns them instead of reading every record again. Held weakly per items array.
 */
const SHARED_GROUPS = new WeakMap<readonly object[], Map<GroupByKey, ReadonlyArray<string | undefined>>>();

/**
 * Offers groupsOf the column `groups[i] = dimensionOf(items[i], groupBy)`, computed elsewhere. The caller
 * guarantees the equality; the column must be read-only from then on.
 */
export function shareGroups(items: readonly object[], groupBy: GroupByKey, groups: ReadonlyArray<string | undefined>): void {
  let byKey = SHARED_GROUPS.get(items);
  if (byKey === undefined) {
    byKey = new Map();
    SHARED_GROUPS.set(items, byKey);
  }
  byKey.set(groupBy, groups);
}

const groupsOnce = memoize(<T>(items: readonly T[], groupKeyOf: GroupKeyOf<T>, groupBy: GroupByKey) =>
  items.map((item) => groupKeyOf(item, groupBy))
);

/**
 * The group of each item under `groupBy`. Memoized per (items array, groupKeyOf, groupBy) like instantsOf, or a
 * shared dimensionOf column (see shareGroups).
 *
 * @example groupsOf(changes, dimensionOf, 'team')[0] // changes[0].team
 */
export function groupsOf<T>(items: readonly T[], groupKeyOf: GroupKeyOf<T>, groupBy: GroupByKey): ReadonlyArray<string | undefined> {
  const shared = (groupKeyOf as GroupKeyOf<object>) === dimensionOf ? SHARED_GROUPS.get(items as readonly object[])?.get(groupBy) : undefined;
  return shared ?? groupsOnce(items, groupKeyOf, groupBy);
}

/**
 * The items matching a predicate. Memoized per (items array, predicate) like instantsOf, so a module-level
 * predicate filters each RecordSet once. Shared and read-only.
 */
export const filterOnce: <T>(items: readonly T[], predicate: (item: T) => boolean) => readonly T[] = memoize(
  <T>(items: readonly T[], predicate: (item: T) => boolean): readonly T[] => items.filter(predicate)
);
