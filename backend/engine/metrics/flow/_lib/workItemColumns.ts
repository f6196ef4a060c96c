/**
 * The per-item columns and subsets that the work-item metrics read, from one pass over the work items (and their
 * status histories): like changeColumnsOf, a pass costs the reading of the records, so the id index, the type
 * subsets, the completed and ever-blocked items, the status instants and the team of each item (for groupsOf) are
 * all taken in the same pass.
 */
import type { WorkItemRecord } from '../../../../../common/records';
import { shareGroups } from '../../../lib/columns';
import { dimensionOf } from '../../../lib/dimensionOf';
import { memoize } from '../../../lib/memoize';
import { BLOCKED_STATUS, DONE_STATUS, IN_PROGRESS_STATUS, statusFlags } from './statusNames';

export interface WorkItemColumns {
  /** The ids of the items. */
  readonly ids: readonly string[];
  /** Work item id → index (the last one wins for a duplicated id, as with `new Map(entries)`). */
  readonly indexById: ReadonlyMap<string, number>;
  /** The items of each type, in order. */
  readonly byType: ReadonlyMap<string, readonly WorkItemRecord[]>;
  /** The items with a completedAt, in order. */
  readonly completed: readonly WorkItemRecord[];
  /** Aligned with `completed`: completedAt, points (0 when unknown), 1 where points are unknown, and the sprint field. */
  readonly completedColumns: {
    readonly completedAt: Float64Array;
    readonly points: Float64Array;
    readonly unpointed: Uint8Array;
    readonly sprints: ReadonlyArray<string | undefined>;
  };
  /** The items ever blocked (blockedSince, or a blocked status in their history), in order. */
  readonly everBlocked: readonly WorkItemRecord[];
  /** completedAt of each item, NaN while not completed. */
  readonly completedAt: Float64Array;
  /**
   * The first time each item entered an in-progress status (the earliest such change; a NaN instant among them
   * only counts when it comes first), NaN when it never did.
   */
  readonly firstInProgressAt: Float64Array;
  /**
   * The status histories as columns, in order: item i's changes are entries historyStart[i] to historyStart[i + 1]
   * (exclusive), each with its instant and its statusFlags.
   */
  readonly historyStart: Int32Array;
  readonly historyAt: Float64Array;
  readonly historyFlags: Uint8Array;
}

/** The columns of the work items. Memoized per items array: shared and read-only. */
export const workItemColumnsOf = memoize((items: readonly WorkItemRecord[]): WorkItemColumns => {
  const ids = new Array<string>(items.length);
  const indexById = new Map<string, number>();
  const byType = new Map<string, WorkItemRecord[]>();
  const teamsByType = new Map<string, Array<string | undefined>>();
  const completed: WorkItemRecord[] = [];
  const completedTeams: Array<string | undefined> = [];
  const everBlocked: WorkItemRecord[] = [];
  const completedAt = new Float64Array(items.length);
  const firstInProgressAt = new Float64Array(items.length);
  const teamGroups = new Array<string | undefined>(items.length);
  const done = { completedAt: new Float64Array(items.length), points: new Float64Array(items.length), unpointed: new Uint8Array(items.length) };
  const completedSprints: Array<string | undefined> = [];
  const historyStart = new Int32Array(items.length + 1);
  let historyAt: Float64Array = new Float64Array(items.length * 4 + 16);
  let historyFlags: Uint8Array = new Uint8Array(historyAt.length);
  let entries = 0;
  // Imported functions as locals: the loops run once per record and status change.
  const [flagsOf, inProgress, blockedStatus, dimension] = [statusFlags, IN_PROGRESS_STATUS, BLOCKED_STATUS, dimensionOf];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const team = dimension(item, 'team');
    teamGroups[i] = team;
    ids[i] = item.id;
    indexById.set(item.id, i);
    const ofType = byType.get(item.type);
    if (ofType === undefined) {
      byType.set(item.type, [item]);
      teamsByType.set(item.type, [team]);
    } else {
      ofType.push(item);
      teamsByType.get(item.type)?.push(team);
    }
    if (item.completedAt !== undefined) {
      done.completedAt[completed.length] = item.completedAt ?? Number.NaN;
      done.points[completed.length] = item.points ?? 0;
      done.unpointed[completed.length] = item.points === undefined ? 1 : 0;
      completedSprints.push(item.sprint);
      completed.push(item);
      completedTeams.push(team);
    }
    completedAt[i] = item.completedAt ?? Number.NaN;
    // firstInProgressAt and "ever blocked" from one walk over the history.
    let first: number | undefined;
    let blocked = item.blockedSince !== undefined;
    const history = item.statusHistory;
    if (entries + history.length > historyAt.length) {
      [historyAt, historyFlags] = grown(historyAt, historyFlags, entries + history.length);
    }
    for (let k = 0; k < history.length; k++) {
      const change = history[k];
      const flags = flagsOf(change.to);
      historyAt[entries] = change.at;
      historyFlags[entries++] = flags;
      if ((flags & inProgress) !== 0 && (first === undefined || change.at < first)) {
        first = change.at;
      }
      blocked ||= (flags & blockedStatus) !== 0;
    }
    historyStart[i + 1] = entries;
    firstInProgressAt[i] = first ?? Number.NaN;
    if (blocked) {
      everBlocked.push(item);
    }
  }
  // The team columns of the subsets too (type subsets, completed items): their metrics group by team.
  shareGroups(items, 'team', teamGroups);
  shareGroups(completed, 'team', completedTeams);
  byType.forEach((ofType, type) => shareGroups(ofType, 'team', teamsByType.get(type) ?? []));
  const n = completed.length;
  // Views, not copies: a copy would briefly hold both (and the freed buffers stay in the process's memory).
  const completedColumns = {
    completedAt: done.completedAt.subarray(0, n), points: done.points.subarray(0, n), unpointed: done.unpointed.subarray(0, n),
    sprints: completedSprints,
  };
  return {
    ids, indexById, byType, completed, completedColumns, everBlocked, completedAt, firstInProgressAt, historyStart,
    historyAt: historyAt.subarray(0, entries), historyFlags: historyFlags.subarray(0, entries),
  };
});

/** The history columns with room for `needed` entries (capacity doubled). */
function grown(at: Float64Array, flags: Uint8Array, needed: number): [Float64Array, Uint8Array] {
  const capacity = Math.max(needed, at.length * 2);
  const biggerAt = new Float64Array(capacity);
  const biggerFlags = new Uint8Array(capacity);
  biggerAt.set(at);
  biggerFlags.set(flags);
  return [biggerAt, biggerFlags];
}

/**
 * Whether items[i] counted as done at `asOf`, from the history columns of the items: the status in effect then
 * (the last change at or before it; of equal instants, the later one) is a done status. Without a status history,
 * from completedAt (which only describes the current state): completed at or before `asOf`.
 */
export function isDoneAtOf(items: readonly WorkItemRecord[], columns: WorkItemColumns, i: number, asOf: number): boolean {
  const { historyStart, historyAt, historyFlags } = columns;
  if (historyStart[i + 1] > historyStart[i]) {
    let current = -1;
    for (let k = historyStart[i]; k < historyStart[i + 1]; k++) {
      if (historyAt[k] <= asOf && (current < 0 || historyAt[k] >= historyAt[current])) {
        current = k;
      }
    }
    return current >= 0 && (historyFlags[current] & DONE_STATUS) !== 0;
  }
  const completedAt = items[i].completedAt;
  return completedAt !== undefined && completedAt <= asOf;
}

const NONE: readonly WorkItemRecord[] = [];

/** The work items of a type, in order (items.filter by type, shared: see workItemColumnsOf). */
export function workItemsOfType(items: readonly WorkItemRecord[], type: string): readonly WorkItemRecord[] {
  return workItemColumnsOf(items).byType.get(type) ?? NONE;
}
