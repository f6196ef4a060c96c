/** What a GitHub sync remembers between batches, kept as JSON in SyncBatch.cursor. */
import { createHash } from 'node:crypto';

interface CursorBase {
  v: 1;
  /** Start of the backfill, epoch ms: the store holds what was alive from here on. */
  from: number;
  /** Fingerprint of the repositories and the login → team map the records were synced with (see scopeKey). */
  scope: string;
}

export interface BackfillCursor extends CursorBase {
  phase: 'backfill';
  /** Start of the next chunk to copy. */
  next: number;
  /** When the backfill began: the first incremental run asks for everything updated since then. */
  startedAt: number;
  /**
   * Set once every chunk is copied: the windowed steps done ("releases", "deployments <repo>"), and when the
   * first of them read its window (the first incremental run re-reads the windowed kinds from a day before).
   */
  steps?: { done: string[]; since: number };
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
  if (value?.v !== 1 || !isNumber(value.from) || typeof value.scope !== 'string') {
    return undefined;
  }
  const base = { v: 1, from: value.from, scope: value.scope } as const;
  if (value.phase === 'backfill' && isNumber(value.next) && isNumber(value.startedAt)) {
    const steps = value.steps as { done?: unknown; since?: unknown } | undefined;
    if (steps === undefined) {
      return { ...base, phase: 'backfill', next: value.next, startedAt: value.startedAt };
    }
    if (Array.isArray(steps.done) && steps.done.every((s) => typeof s === 'string') && isNumber(steps.since)) {
      return { ...base, phase: 'backfill', next: value.next, startedAt: value.startedAt, steps: { done: steps.done as string[], since: steps.since } };
    }
  }
  if (value.phase === 'incremental' && isNumber(value.updatedSince) && isNumber(value.syncedAt)) {
    return { ...base, phase: 'incremental', updatedSince: value.updatedSince, syncedAt: value.syncedAt };
  }
  return undefined;
}

export const formatCursor = (cursor: GitHubSyncCursor): string => JSON.stringify(cursor);

/**
 * A fingerprint of what the records depend on besides the settings: the repositories an organisation or pattern
 * matches today, and GitHub team membership. When it changes, the run backfills again (see syncGitHub.ts).
 */
export function scopeKey(repos: readonly string[], teams: ReadonlyMap<string, string>): string {
  const entries = [...teams].sort(([a], [b]) => a.localeCompare(b));
  return createHash('sha256').update(JSON.stringify([[...repos].sort(), entries])).digest('hex').slice(0, 16);
}
