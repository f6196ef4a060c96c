import type { GroupByKey } from '../../../common/query';
import { NO_GROUP_LABEL } from './constants';
import type { Bucketing } from './makeBucketing';

export interface Cells {
  /** Group → group number, in first-seen order. */
  groupIds: Map<string, number>;
  /** Cell (group number × bucket count + bucket) of each item; -1 outside the buckets. */
  cellOf: Int32Array;
}

/**
 * Places columnar items in cells for series building: item i goes to the bucket of instants[i] and the group
 * groupAt(i) (undefined → NO_GROUP_LABEL; '' for every item when ungrouped, which always has that group). Items
 * whose `absentWhereNaN` entry is NaN are left out like items outside the buckets.
 *
 * @example placeItems(instants, (i) => groups[i], bucketing, 'team').cellOf[0] // groupId × buckets + bucket
 */
export function placeItems(
  instants: Float64Array,
  groupAt: (i: number) => string | undefined,
  bucketing: Bucketing,
  groupBy: GroupByKey,
  absentWhereNaN?: Float64Array
): Cells {
  const count = bucketing.starts.length;
  const cellOf = new Int32Array(instants.length);
  const groupIds = new Map<string, number>();
  if (groupBy === 'none') {
    groupIds.set('', 0);
  }
  const ungrouped = groupBy === 'none';
  // The previous item's group and number: neighbouring items often share a group, which skips the map lookup.
  let lastGroup = '';
  let lastId = 0;
  for (let i = 0; i < instants.length; i++) {
    const bucket = absentWhereNaN !== undefined && Number.isNaN(absentWhereNaN[i]) ? -1 : bucketing.indexOf(instants[i]);
    if (bucket < 0) {
      cellOf[i] = -1;
      continue;
    }
    if (!ungrouped) {
      const group = groupAt(i) ?? NO_GROUP_LABEL;
      if (group !== lastGroup || groupIds.size === 0) {
        let id = groupIds.get(group);
        if (id === undefined) {
          id = groupIds.size;
          groupIds.set(group, id);
        }
        lastGroup = group;
        lastId = id;
      }
    }
    cellOf[i] = lastId * count + bucket;
  }
  return { groupIds, cellOf };
}
