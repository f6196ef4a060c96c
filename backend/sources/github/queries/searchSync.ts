/**
 * Incremental search: the first refresh searches everything alive in the window (open, or closed since its
 * start); later refreshes, once the cache TTL has passed, ask only for items updated since the last sync and
 * merge them in. Each window start (rounded to its day) has its own state; a full search runs again when the
 * state is six hours old.
 */
import type { Notice } from '../../../../common/metricResult';
import type { FetchWindow } from '../../types';
import { currentCall } from '../callContext';
import type { RunSearch } from './searchAll';
import { roundedEnd, roundedFrom, searchOpenAndClosed, searchUpdatedSince } from './searchOpenAndClosed';

export interface SyncedItem {
  number: number;
  closedAt: string | null;
  repository: { nameWithOwner: string };
}

interface SyncState {
  coveredFrom: number;
  fullAt: number;
  syncedAt: number;
  items: Map<string, SyncedItem>;
}

const FULL_RESYNC_MS = 6 * 3_600_000;
/** Overlap with the previous sync, for GitHub's search index lag. */
export const INDEX_LAG_MS = 5 * 60_000;

const keyOf = (item: SyncedItem) => `${item.repository.nameWithOwner}#${item.number}`;

export class SearchSync {
  private readonly states = new Map<string, SyncState>();

  constructor(private readonly ttlMs: number) {}

  async alive<T extends SyncedItem>(run: RunSearch<T>, repos: readonly string[], filter: string, window: FetchWindow, now: number): Promise<{ nodes: T[]; notices: Notice[] }> {
    for (const [old, st] of this.states) {
      if (now - st.fullAt >= FULL_RESYNC_MS) {
        this.states.delete(old);
      }
    }
    const key = `${filter}\u0000${roundedFrom(window.from)}\u0000${[...repos].sort().join(',')}`;
    let state = this.states.get(key);
    let notices: Notice[] = [];
    if (!state || window.from < state.coveredFrom || now < state.syncedAt) {
      const full = await searchOpenAndClosed(run, repos, filter, window, now);
      state = { coveredFrom: roundedFrom(window.from), fullAt: now, syncedAt: now, items: new Map(full.nodes.map((n) => [keyOf(n), n])) };
      notices = full.notices;
    } else if (now - state.syncedAt >= this.ttlMs) {
      const changed = await searchUpdatedSince(run, repos, filter, state.syncedAt - INDEX_LAG_MS, roundedEnd(now, window.to));
      const items = new Map(state.items);
      changed.nodes.forEach((n) => items.set(keyOf(n), n));
      state = { ...state, syncedAt: now, items };
      notices = changed.notices;
    } else {
      currentCall.getStore()?.telemetry.cacheHit('github');
    }
    this.states.set(key, state);
    const nodes = [...state.items.values()].filter((n) => n.closedAt === null || Date.parse(n.closedAt) >= window.from) as T[];
    return { nodes, notices };
  }

  clear(): void {
    this.states.clear();
  }
}
