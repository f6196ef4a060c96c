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
