/** What a GitHub sync remembers between batches, kept as JSON in SyncBatch.cursor. */

interface CursorBase {
  v: 1;
  /** Start of the backfill, epoch ms: the store holds what was alive from here on. */
  from: number;
  /** Fingerprint of the login → team map the records were mapped with (see teamsKey). */
  teams: string;
}

export interface BackfillCursor extends CursorBase {
  phase: 'backfill';
  /** Start of the next chunk to copy. */
  next: number;
  /** When the backfill began: the first incremental run asks for everything updated since then. */
  startedAt: number;
}

export interface IncrementalCursor extends CursorBase {
  phase: 'incremental';
  /** Items updated since this instant (less the index lag) are searched next time. */
  updatedSince: number;
  /** When the windowed kinds (deployments, releases) were last read. */
  syncedAt: number;
}

export type GitHubSyncCursor = BackfillCursor | IncrementalCursor;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The cursor, or undefined when there is none or it is not one this version wrote (a backfill starts over). */
export function parseCursor(text: string | undefined): GitHubSyncCursor | undefined {
  let value: Partial<BackfillCursor & IncrementalCursor> | undefined;
  try {
    value = text ? (JSON.parse(text) as Partial<BackfillCursor & IncrementalCursor>) : undefined;
  } catch {
    return undefined;
  }
  if (value?.v !== 1 || !isNumber(value.from) || typeof value.teams !== 'string') {
    return undefined;
  }
  if (value.phase === 'backfill' && isNumber(value.next) && isNumber(value.startedAt)) {
    return { v: 1, phase: 'backfill', from: value.from, teams: value.teams, next: value.next, startedAt: value.startedAt };
  }
  if (value.phase === 'incremental' && isNumber(value.updatedSince) && isNumber(value.syncedAt)) {
    return { v: 1, phase: 'incremental', from: value.from, teams: value.teams, updatedSince: value.updatedSince, syncedAt: value.syncedAt };
  }
  return undefined;
}

export const formatCursor = (cursor: GitHubSyncCursor): string => JSON.stringify(cursor);
