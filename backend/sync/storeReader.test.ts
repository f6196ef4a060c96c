import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { ReviewRecord } from '../../common/records';
import { SqliteStore } from '../store/sqliteStore';
import { change, DAY_MS } from '../store/testing/records';
import { StoreReader } from './storeReader';

const NOW = Date.UTC(2026, 10, 26);
const review = (id: string, changeId: string, submittedAt: number): ReviewRecord => ({
  id,
  source: 'github',
  changeId,
  repo: 'acme/api',
  reviewer: 'bob',
  submittedAt,
  state: 'approved',
  commentCount: 0,
});

describe('StoreReader', () => {
  let store: SqliteStore;
  beforeEach(async () => {
    store = new SqliteStore(mkdtempSync(join(tmpdir(), 'tm-reader-')));
    await store.open();
    await store.ensureScope('i', 'github', 's');
    await store.applyBatch(
      'i',
      'github',
      {
        upserts: {
          // Open before the window, merged inside it; reviewed before the window.
          changes: [change('pr-1', NOW - 20 * DAY_MS, { mergedAt: NOW - 5 * DAY_MS }), change('pr-2', NOW - 40 * DAY_MS, { mergedAt: NOW - 30 * DAY_MS })],
          reviews: [review('r-1', 'pr-1', NOW - 15 * DAY_MS), review('r-2', 'pr-2', NOW - 35 * DAY_MS)],
        },
        cursor: '1',
        done: true,
      },
      NOW
    );
  });
  afterEach(() => store.close());

  it('returns the records alive in the window, and the reviews of those changes even when submitted before it', async () => {
    const reader = new StoreReader(store, 'i');
    const window = { from: NOW - 10 * DAY_MS, to: NOW };
    const both = await reader.read('github', ['changes', 'reviews'], window);
    expect(both.changes?.map((c) => c.id)).toEqual(['pr-1']);
    expect(both.reviews?.map((r) => r.id)).toEqual(['r-1']);
    const reviewsOnly = await reader.read('github', ['reviews'], window);
    expect(reviewsOnly).toEqual({ reviews: [expect.objectContaining({ id: 'r-1' })] });
  });

  it('hands out the same arrays for the same window, so the engine reuses its indexes across panels', async () => {
    const reader = new StoreReader(store, 'i');
    const window = { from: NOW - 10 * DAY_MS, to: NOW };
    const first = await reader.read('github', ['changes'], window);
    const second = await reader.read('github', ['changes', 'reviews'], window);
    expect(second.changes).toBe(first.changes);
    expect((await reader.read('github', ['reviews'], window)).reviews).toBe(second.reviews);
    // A window a minute later holding exactly the same records: the same array again.
    expect((await reader.read('github', ['changes'], { from: window.from + 60_000, to: NOW + 60_000 })).changes).toBe(first.changes);
    // A window that also holds pr-2: a new array.
    const wider = await reader.read('github', ['changes'], { from: NOW - 35 * DAY_MS, to: NOW });
    expect(wider.changes?.map((c) => c.id).sort()).toEqual(['pr-1', 'pr-2']);
    // Alternating between a panel's window and its baseline's wider one, each keeps its array.
    expect((await reader.read('github', ['changes'], { from: window.from + 120_000, to: NOW + 120_000 })).changes).toBe(first.changes);
    expect((await reader.read('github', ['changes'], { from: NOW - 35 * DAY_MS + 60_000, to: NOW + 60_000 })).changes).toBe(wider.changes);
  });

  it('reloads after a batch is committed (a new generation)', async () => {
    const reader = new StoreReader(store, 'i');
    const window = { from: NOW - 10 * DAY_MS, to: NOW };
    expect((await reader.read('github', ['changes'], window)).changes).toHaveLength(1);
    await store.applyBatch('i', 'github', { upserts: {}, deletes: { changes: ['pr-1'] }, cursor: '2', done: true }, NOW);
    expect((await reader.read('github', ['changes'], window)).changes).toEqual([]);
  });
});
