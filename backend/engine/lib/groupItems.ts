import { NO_GROUP_LABEL } from './constants';

/**
 * Groups items by a key, keys sorted; items without a key go to NO_GROUP_LABEL ("(none)").
 *
 * @example groupItems(changes, (c) => c.team) // Map { 'api' => [...], 'web' => [...] }
 */
export function groupItems<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item) ?? NO_GROUP_LABEL;
    const group = groups.get(key);
    if (group) {
      group.push(item);
    } else {
      groups.set(key, [item]);
    }
  }
  return new Map([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * groupItems over a group column, as indices: group → indices of its items in order, keys sorted, undefined
 * groups under NO_GROUP_LABEL. Without a column (ungrouped) one group '' holds every index.
 *
 * @example groupIndices(groupsOf(changes, dimensionOf, 'team'), changes.length) // Map { 'api' => [0, 3], 'web' => [1, 2] }
 */
export function groupIndices(groups: ReadonlyArray<string | undefined> | undefined, count: number): Map<string, number[]> {
  if (groups === undefined) {
    return new Map([['', Array.from({ length: count }, (_, i) => i)]]);
  }
  const byGroup = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const key = groups[i] ?? NO_GROUP_LABEL;
    const members = byGroup.get(key);
    if (members) {
      members.push(i);
    } else {
      byGroup.set(key, [i]);
    }
  }
  return new Map([...byGroup.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
