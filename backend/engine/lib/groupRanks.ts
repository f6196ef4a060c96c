import { NO_GROUP_LABEL } from './constants';
import { indexColumn, type IndexColumn } from './bucketIndexes';
import { memoize } from './memoize';

/** The groups of a column as rows: labels ascending, and each item's row in them. */
export interface GroupRows {
  /** Distinct group labels (undefined → NO_GROUP_LABEL), ascending by code unit. */
  readonly labels: readonly string[];
  /** Index into labels of each item's group. */
  readonly rowOf: IndexColumn;
}

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A group column (see groupsOf) as rows: series built per row come out in label order without a map lookup
 * per item. Memoized per column: shared and read-only.
 *
 * @example groupRowsOf(['web', undefined, 'api']) // { labels: ['(none)', 'api', 'web'], rowOf: [2, 0, 1] }
 */
export const groupRowsOf: (groups: ReadonlyArray<string | undefined>) => GroupRows = memoize(
  (groups: ReadonlyArray<string | undefined>): GroupRows => {
    const first = new Map<string, number>();
    const ids = new Int32Array(groups.length);
    const none = NO_GROUP_LABEL;
    // The previous item's group: neighbouring items often share one, which skips the map lookup.
    let last: string | undefined;
    let lastId = -1;
    for (let i = 0; i < groups.length; i++) {
      const group = groups[i] ?? none;
      if (group !== last) {
        let id = first.get(group);
        if (id === undefined) {
          id = first.size;
          first.set(group, id);
        }
        last = group;
        lastId = id;
      }
      ids[i] = lastId;
    }
    return sortedRows(first, ids);
  }
);

/** Renumbers first-seen group ids (label → id; −1: none) to rows in label order. */
export function sortedRows(first: ReadonlyMap<string, number>, ids: Int32Array): GroupRows {
  const labels = [...first.keys()].sort(compareKeys);
  const rowOfId = new Int32Array(first.size);
  labels.forEach((label, row) => {
    rowOfId[first.get(label) ?? 0] = row;
  });
  const rowOf = indexColumn(ids.length, labels.length);
  for (let i = 0; i < ids.length; i++) {
    rowOf[i] = ids[i] < 0 ? -1 : rowOfId[ids[i]];
  }
  return { labels, rowOf };
}
