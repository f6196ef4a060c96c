/** What a GitHub sync remembers between batches, kept as JSON in SyncBatch.cursor. */
import { createHash } from 'node:crypto';

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
  let value: { [field: string]: unknown } | undefined;
  try {
    value = text ? (JSON.parse(text) as { [field: string]: unknown }) : undefined;
  } catch {
    return undefined;
  }
  if (value?.v !== 1 || !isNumber(value.from) || typeof value.teams !== 'string') {
    return undefined;
  }
  const base = { v: 1, from: value.from, teams: value.teams } as const;
  if (value.phase === 'backfill' && isNumber(value.next) && isNumber(value.startedAt)) {
    return { ...base, phase: 'backfill', next: value.next, startedAt: value.startedAt };
  }
  if (value.phase === 'incremental' && isNumber(value.updatedSince) && isNumber(value.syncedAt)) {
    return { ...base, phase: 'incremental', updatedSince: value.updatedSince, syncedAt: value.syncedAt };
  }
  return undefined;
}

export const formatCursor = (cursor: GitHubSyncCursor): string => JSON.stringify(cursor);

/** A fingerprint of login → team: when GitHub team membership changes, the stored records are mapped again. */
export function teamsKey(teams: ReadonlyMap<string, string>): string {
  const entries = [...teams].sort(([a], [b]) => a.localeCompare(b));
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 16);
}
