import type { GroupByKey } from '../../../common/query';
import { memoize } from './memoize';

/** A group function that closes over nothing per request, so its results can be cached per items array. */
export type GroupKeyOf<T> = (item: T, groupBy: GroupByKey) => string | undefined;

/**
 * The instants of items as a column (NaN where `instantOf` gives undefined). Memoized per (items array,
 * instantOf function): metrics that pass a module-level instantOf read the records once per RecordSet, not per
 * request, and later passes scan a compact array instead of scattered records. Shared and read-only.
 *
 * @example instantsOf(changes, mergedAtOf)[0] // changes[0].mergedAt ?? NaN
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
 * The group of each item under `groupBy`. Memoized per (items array, groupKeyOf, groupBy) like instantsOf.
 *
 * @example groupsOf(changes, dimensionOf, 'team')[0] // changes[0].team
 */
export const groupsOf: <T>(items: readonly T[], groupKeyOf: GroupKeyOf<T>, groupBy: GroupByKey) => ReadonlyArray<string | undefined> =
  memoize(<T>(items: readonly T[], groupKeyOf: GroupKeyOf<T>, groupBy: GroupByKey) =>
    items.map((item) => groupKeyOf(item, groupBy))
  );

/**
 * The items matching a predicate. Memoized per (items array, predicate) like instantsOf, so a module-level
 * predicate filters each RecordSet once. Shared and read-only.
 */
export const filterOnce: <T>(items: readonly T[], predicate: (item: T) => boolean) => readonly T[] = memoize(
  <T>(items: readonly T[], predicate: (item: T) => boolean): readonly T[] => items.filter(predicate)
);
