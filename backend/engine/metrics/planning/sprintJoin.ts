import type { SprintRecord, WorkItemRecord } from '../../../../common/records';
import { memoize } from '../../lib/memoize';
import { isDoneAtOf, workItemColumnsOf } from '../flow/_lib/workItemColumns';

/** Items listed by one sprint: their index in the work items (-1: unknown id) and whether each was done by the end. */
export interface SprintItems {
  readonly index: Int32Array;
  /** Whether each listed item was done at sprint.endAt − 1 (see isDoneAtOf; 0 for an unknown id). */
  readonly doneAtEnd: Uint8Array;
}

/** The sprints' item lists joined to the work items once, for the tallies that share them (planned vs done, carryover). */
export interface SprintJoin {
  readonly planned: readonly SprintItems[];
  readonly added: readonly SprintItems[];
  /**
   * Per work item: the latest start among the sprints that planned or added it (-Infinity for none; NaN starts
   * never win): "planned or added by a sprint starting after x" is "latest start > x".
   */
  readonly latestStart: Float64Array;
}

/**
 * The sprint join of a record set: each sprint's planned and added ids resolved to work items, with their state at
 * the sprint's end. Memoized per (sprints, work items) arrays: shared and read-only.
 */
export const sprintJoinOf = memoize((sprints: readonly SprintRecord[], items: readonly WorkItemRecord[]): SprintJoin => {
  const columns = workItemColumnsOf(items);
  const { indexById: indexOf, ids: itemIds } = columns;
  const unique = indexOf.size === items.length;
  const latestStart = new Float64Array(items.length).fill(-Infinity);
  const doneAt = isDoneAtOf;
  const listed = (sprint: SprintRecord, ids: readonly string[]): SprintItems => {
    const index = new Int32Array(ids.length);
    const doneAtEnd = new Uint8Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      // Lists often follow the items' order: with unique ids, the item after the previous one is tried first.
      const next = k > 0 ? index[k - 1] + 1 : -1;
      const i = unique && next > 0 && next < itemIds.length && itemIds[next] === ids[k] ? next : indexOf.get(ids[k]) ?? -1;
      index[k] = i;
      if (i >= 0) {
        doneAtEnd[k] = doneAt(items, columns, i, sprint.endAt - 1) ? 1 : 0;
        latestStart[i] = sprint.startAt > latestStart[i] ? sprint.startAt : latestStart[i];
      }
    }
    return { index, doneAtEnd };
  };
  const planned: SprintItems[] = [];
  const added: SprintItems[] = [];
  for (const sprint of sprints) {
    planned.push(listed(sprint, sprint.plannedItemIds));
    added.push(listed(sprint, sprint.addedItemIds));
  }
  return { planned, added, latestStart };
});
