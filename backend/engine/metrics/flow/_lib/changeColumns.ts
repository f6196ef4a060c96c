/**
 * The per-PR columns that the flow, SPACE and DORA metrics read, from one pass over the changes. A pass over
 * 100k records costs the reading of the records, not the arithmetic, so every column is filled in the same pass
 * and the metrics then scan typed arrays (or pick entries by change index) instead of the records. The pass also
 * takes the team of each PR for groupsOf (see shareGroups).
 */
import type { ChangeRecord } from '../../../../../common/records';
import { shareGroups } from '../../../lib/columns';
import { dimensionOf } from '../../../lib/dimensionOf';
import { memoize } from '../../../lib/memoize';
import { prActiveWaiting } from './prPhases';

/** Instants aligned with the changes; NaN where the record has none (undefined). */
export interface ChangeTimes {
  readonly createdAt: Float64Array;
  readonly firstCommitAt: Float64Array;
  readonly readyForReviewAt: Float64Array;
  readonly firstReviewAt: Float64Array;
  readonly mergedAt: Float64Array;
}

/** Bits of ChangeColumns.flags: which optional fields a record has (undefined or not). */
export const MERGED = 1;
export const REVERT = 2;
export const FIRST_COMMIT = 4;
export const FIRST_REVIEW = 8;

export interface ChangeColumns extends ChangeTimes {
  /** The ids of the changes. */
  readonly ids: readonly string[];
  /** Change id → index (see changeIndexOf). */
  readonly indexOf: ReadonlyMap<string, number>;
  /** The phase instants, or undefined when a record holds a NaN instant: NaN stands for "none" in the columns. */
  readonly times: ChangeTimes | undefined;
  /** mergedAt, else closedAt (NaN for neither): when a PR was settled. */
  readonly settledAt: Float64Array;
  /** 1 for a PR ever reopened, else 0. */
  readonly reopened: Uint8Array;
  /** commitCount, 0 when unknown. */
  readonly commits: Float64Array;
  /** additions + deletions, NaN when either is unknown. */
  readonly lines: Float64Array;
  /** The open-and-ready interval (start, end] of each PR (see openReadyInterval), NaN where there is none. */
  readonly readyStart: Float64Array;
  readonly readyEnd: Float64Array;
  /** prActiveWaiting of each PR: its merge instant (NaN where undefined), active and active + waiting time. */
  readonly activeAt: Float64Array;
  readonly active: Float64Array;
  readonly activeAndWaiting: Float64Array;
  /** MERGED | REVERT | FIRST_COMMIT | FIRST_REVIEW per PR. */
  readonly flags: Uint8Array;
  readonly authors: readonly string[];
  /** The records' team fields as they are (for team comparisons, not grouping). */
  readonly teams: ReadonlyArray<string | undefined>;
  /** Ids of the changes that a merged PR reverts. */
  readonly revertedIds: ReadonlySet<string>;
}

/** The columns of the changes. Memoized per changes array: shared and read-only. */
export const changeColumnsOf = memoize((changes: readonly ChangeRecord[]): ChangeColumns => {
  const n = changes.length;
  const column = () => new Float64Array(n);
  const [createdAt, firstCommitAt, readyForReviewAt, firstReviewAt, mergedAt] = [column(), column(), column(), column(), column()];
  const [settledAt, commits, lines] = [column(), column(), column()];
  const reopened = new Uint8Array(n);
  const [readyStart, readyEnd, activeAt, active, activeAndWaiting] = [column(), column(), column(), column(), column()];
  const flags = new Uint8Array(n);
  const ids = new Array<string>(n);
  const indexOf = new Map<string, number>();
  const authors = new Array<string>(n);
  const teams = new Array<string | undefined>(n);
  const teamGroups = new Array<string | undefined>(n);
  const revertedIds = new Set<string>();
  // Imported functions as locals: the loop runs once per record.
  const activeWaiting = prActiveWaiting;
  const dimension = dimensionOf;
  let nanInstant = false;
  for (let i = 0; i < n; i++) {
    const c = changes[i];
    ids[i] = c.id;
    indexOf.set(c.id, i);
    createdAt[i] = c.createdAt ?? Number.NaN;
    firstCommitAt[i] = c.firstCommitAt ?? Number.NaN;
    readyForReviewAt[i] = c.readyForReviewAt ?? Number.NaN;
    firstReviewAt[i] = c.firstReviewAt ?? Number.NaN;
    mergedAt[i] = c.mergedAt ?? Number.NaN;
    nanInstant ||=
      Number.isNaN(c.createdAt) || Number.isNaN(c.firstCommitAt) || Number.isNaN(c.readyForReviewAt) ||
      Number.isNaN(c.firstReviewAt) || Number.isNaN(c.mergedAt);
    settledAt[i] = c.mergedAt ?? c.closedAt ?? Number.NaN;
    reopened[i] = c.reopenedCount > 0 ? 1 : 0;
    commits[i] = c.commitCount ?? 0;
    lines[i] = c.additions === undefined || c.deletions === undefined ? Number.NaN : c.additions + c.deletions;
    // openReadyInterval, without a tuple per PR.
    const ready = c.readyForReviewAt !== undefined || c.draft !== true;
    readyStart[i] = ready ? Math.max(c.createdAt, c.readyForReviewAt ?? c.createdAt) : Number.NaN;
    readyEnd[i] = ready ? c.mergedAt ?? c.closedAt ?? Infinity : Number.NaN;
    const times = activeWaiting(c);
    activeAt[i] = times === undefined ? Number.NaN : c.mergedAt ?? Number.NaN;
    active[i] = times === undefined ? 0 : times.active;
    activeAndWaiting[i] = times === undefined ? 0 : times.active + times.waiting;
    flags[i] =
      (c.mergedAt !== undefined ? MERGED : 0) | (c.revertOf !== undefined ? REVERT : 0) |
      (c.firstCommitAt !== undefined ? FIRST_COMMIT : 0) | (c.firstReviewAt !== undefined ? FIRST_REVIEW : 0);
    authors[i] = c.author;
    teams[i] = c.team;
    teamGroups[i] = dimension(c, 'team');
    if (c.revertOf !== undefined && c.mergedAt !== undefined) {
      revertedIds.add(c.revertOf);
    }
  }
  shareGroups(changes, 'team', teamGroups);
  const times = nanInstant ? undefined : { createdAt, firstCommitAt, readyForReviewAt, firstReviewAt, mergedAt };
  return {
    ids, indexOf, times, createdAt, firstCommitAt, readyForReviewAt, firstReviewAt, mergedAt, settledAt, reopened, commits, lines,
    readyStart, readyEnd, activeAt, active, activeAndWaiting, flags, authors, teams, revertedIds,
  };
});

/** The merge instants of the changes (NaN while unmerged), a shared column: PRs placed by merge. */
export function mergedAtColumn(changes: readonly ChangeRecord[]): Float64Array {
  return changeColumnsOf(changes).mergedAt;
}
