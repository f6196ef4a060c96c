import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { TeamMetricsJsonData } from '../../common/settings';
import { createLogger } from '../protocol/logger';
import { change, DAY_MS } from '../store/testing/records';
import { SqliteStore } from '../store/sqliteStore';
import { StoreSync } from './storeSync';
import { FakeSyncSource } from './testing/fakeSyncSource';

const NOW = Date.UTC(2026, 10, 26, 12);
const WINDOW = { from: NOW - 30 * DAY_MS, to: NOW };
const logger = createLogger(() => undefined, 'error');
const telemetry = { upstreamRequest: () => undefined, cacheHit: () => undefined };

function setup(options: { dir?: string; jsonData?: TeamMetricsJsonData; source?: FakeSyncSource; now?: () => number; onOpen?: (store: SqliteStore) => void } = {}) {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'tm-sync-'));
  const source = options.source ?? new FakeSyncSource();
  if (!options.source) {
    for (let i = 0; i < 10; i++) {
      source.put(change(`github:acme/api#${i}`, NOW - (20 - i) * DAY_MS, { number: i, mergedAt: NOW - (19 - i) * DAY_MS }), NOW - (19 - i) * DAY_MS);
    }
  }
  const jsonData = options.jsonData ?? { github: { enabled: true, authType: 'pat', repos: ['acme/api'] } };
  const sync = new StoreSync({
    openStore: async () => {
      const store = new SqliteStore(dir);
      await store.open();
      options.onOpen?.(store);
      return store;
    },
    mode: 'embedded',
    location: dir,
    instance: 'uid-1',
    jsonData,
    sources: [source],
    telemetry,
    logger,
    scrub: (text) => text.replace(/ghp_\w+/g, '[redacted]'),
    now: options.now ?? (() => NOW),
  });
  return { dir, source, sync };
}

const ids = (records: Array<{ id: string }> | undefined) => (records ?? []).map((r) => r.id).sort();

describe('StoreSync', () => {
  const open: StoreSync[] = [];
  const track = <T extends { sync: StoreSync }>(s: T) => (open.push(s.sync), s);
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.dispose()));
  });

  it('answers from the provider until the first backfill completes, then from the store with the same records', async () => {
    const { sync, source } = track(setup());
    await sync.ready();
    await sync.settle('github');
    expect(source.runs).toHaveLength(1);
    const answer = await sync.answer(source, WINDOW, ['changes']);
    expect(answer.fromStore).toBe(true);
    const live = await source.fetch(WINDOW);
    expect(answer.fromStore && ids(answer.result.records.changes)).toEqual(ids(live.records.changes));
    expect(answer.fromStore && answer.result.meta).toEqual({ store: expect.objectContaining({ state: 'ok', lastSuccessAt: new Date(NOW).toISOString(), counts: { changes: 10 } }) });
    expect(answer.fromStore && answer.result.notices).toEqual([]);
  });

  it('says so in a notice while the first sync has not completed', async () => {
    const source = new FakeSyncSource();
    source.put(change('github:acme/api#1', NOW - DAY_MS), NOW - DAY_MS);
    source.failWith = 'GitHub: Bad credentials (401) for ghp_secret123';
    const { sync } = track(setup({ source }));
    await sync.ready();
    await sync.settle('github');
    const answer = await sync.answer(source, WINDOW, ['changes']);
    expect(answer.fromStore).toBe(false);
    expect(!answer.fromStore && answer.notices[0].text).toMatch(/first sync into the store is in progress.*The last attempt failed: GitHub: Bad credentials \(401\) for \[redacted\]/);
    expect((await sync.status()).sources[0]).toMatchObject({ source: 'github', state: 'failed', lastError: 'GitHub: Bad credentials (401) for [redacted]' });
  });

  it('fetches only changed items on the next run and reflects edits without duplicates', async () => {
    let now = NOW;
    const { sync, source } = track(setup({ now: () => now }));
    await sync.ready();
    await sync.settle('github');
    now += 3_600_000;
    source.put(change('github:acme/api#3', NOW - 17 * DAY_MS, { number: 3, title: 'edited upstream', mergedAt: NOW - 16 * DAY_MS }), now - 1);
    await sync.runNow('github');
    await sync.settle('github');
    expect(source.runs[1]).toEqual(['github:acme/api#3']);
    const answer = await sync.answer(source, WINDOW, ['changes']);
    const changes = answer.fromStore ? (answer.result.records.changes ?? []) : [];
    expect(changes).toHaveLength(10);
    expect(changes.find((c) => c.id === 'github:acme/api#3')?.title).toBe('edited upstream');
    expect((await sync.status()).sources[0].counts).toEqual({ changes: 10 });
  });

  it('keeps answering from the store after a failed run, with a warning naming the error', async () => {
    let now = NOW;
    const { sync, source } = track(setup({ now: () => now }));
    await sync.ready();
    await sync.settle('github');
    now += 3_600_000;
    source.failWith = 'GitHub: rate limited (429); retry after 60 s';
    await sync.runNow('github');
    await sync.settle('github');
    const answer = await sync.answer(source, WINDOW, ['changes']);
    expect(answer.fromStore).toBe(true);
    expect(answer.fromStore && answer.result.notices).toEqual([
      { severity: 'warning', text: `GitHub: the last sync failed (GitHub: rate limited (429); retry after 60 s); showing data synced at ${new Date(NOW).toISOString()}.` },
    ]);
  });

  it('warns when data is older than twice the interval', async () => {
    let now = NOW;
    const { sync, source } = track(setup({ now: () => now }));
    await sync.ready();
    await sync.settle('github');
    now += 3 * 3_600_000;
    const answer = await sync.answer(source, WINDOW, ['changes']);
    expect(answer.fromStore && answer.result.notices[0].text).toMatch(/GitHub: stale data — data synced at .*more than twice the 60-minute sync interval ago/);
  });

  it('backfills again when the source settings change, and resumes after a restart without refetching', async () => {
    const first = setup();
    await first.sync.ready();
    await first.sync.settle('github');
    await first.sync.dispose();

    const again = track(setup({ dir: first.dir, source: first.source }));
    await again.sync.ready();
    await again.sync.settle('github');
    expect(first.source.runs).toHaveLength(1); // fresh data: the restarted instance did not sync again

    const changed = track(setup({ dir: first.dir, source: first.source, jsonData: { github: { enabled: true, authType: 'pat', repos: ['acme/api', 'acme/web'] } } }));
    await changed.sync.ready();
    await changed.sync.settle('github');
    expect(first.source.runs).toHaveLength(2);
    expect(first.source.runs[1]).toHaveLength(10); // a full backfill for the new scope
  });

  it('pauses at the hourly request budget and says when it resumes', async () => {
    const source = new FakeSyncSource();
    for (let i = 0; i < 100; i++) {
      source.put(change(`github:acme/api#${i}`, NOW - DAY_MS), NOW - DAY_MS + i);
    }
    const { sync } = track(setup({ source, jsonData: { github: { enabled: true, authType: 'pat' }, store: { githubBudgetPercent: 1 } } }));
    await sync.ready();
    await sync.settle('github');
    const view = (await sync.status()).sources[0];
    expect(view.budgetPerHour).toBe(50);
    expect(view.state).toBe('backfilling');
    expect(view.requestsLastHour).toBe(50); // the first batch, then the budget stopped the run
    expect(view.progress).toBe(0.5);
    expect(view.nextRunAt).toBe(new Date(NOW + 3_600_000).toISOString());
  });

  it('asks the provider, with a warning, when the store cannot be read', async () => {
    let opened: SqliteStore | undefined;
    const { sync, source } = track(setup({ onOpen: (store) => (opened = store) }));
    await sync.ready();
    await sync.settle('github');
    if (opened) {
      opened.generation = () => Promise.reject(new Error('disk I/O error'));
    }
    const answer = await sync.answer(source, WINDOW, ['changes']);
    expect(answer.fromStore).toBe(false);
    expect(!answer.fromStore && answer.notices[0]).toEqual({ severity: 'warning', text: 'Store unavailable (disk I/O error); GitHub was asked directly.' });
  });

  it('opens the store again after it failed to open, and then syncs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tm-sync-'));
    const source = new FakeSyncSource();
    source.put(change('github:acme/api#1', NOW - DAY_MS), NOW - DAY_MS);
    let attempts = 0;
    const sync = new StoreSync({
      openStore: async () => {
        attempts++;
        if (attempts === 1) {
          throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
        }
        const store = new SqliteStore(dir);
        await store.open();
        return store;
      },
      mode: 'embedded',
      location: dir,
      instance: 'uid-1',
      jsonData: { github: { enabled: true, authType: 'pat' } },
      sources: [source],
      telemetry,
      logger,
      scrub: (text) => text,
      now: () => NOW,
      retryOpenMs: 5,
    });
    open.push(sync);
    await sync.ready();
    expect((await sync.status()).store.error).toBe('connect ECONNREFUSED 127.0.0.1:5432');
    const answer = await sync.answer(source, WINDOW, ['changes']);
    expect(!answer.fromStore && answer.notices[0].text).toBe('Store unavailable (connect ECONNREFUSED 127.0.0.1:5432); GitHub was asked directly.');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await sync.ready();
    await sync.settle('github');
    expect(attempts).toBe(2);
    expect((await sync.status()).store.error).toBeUndefined();
    expect((await sync.answer(source, WINDOW, ['changes'])).fromStore).toBe(true);
  });

  it('does not start a run once disposed', async () => {
    const { sync, source } = setup();
    await sync.ready();
    await sync.settle('github');
    await sync.dispose();
    await sync.runNow('github').catch(() => undefined);
    expect(source.runs).toHaveLength(1);
  });

  it('leaves a source alone while another holder has its lock', async () => {
    const first = track(setup());
    await first.sync.ready();
    await first.sync.settle('github');
    const store = new SqliteStore(first.dir);
    const lock = await store.tryLock('uid-1', 'github');
    expect(lock).toBeDefined();
    await first.sync.runNow('github');
    await first.sync.settle('github');
    expect((await first.sync.status()).sources[0].state).toBe('synced_elsewhere');
    await lock?.release();
    await store.close();
  });
});
