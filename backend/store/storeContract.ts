/**
 * The behaviour every RecordStore must have, run against each implementation by its test file: writes, reads
 * alive in a window, scopes, status, generations, locks and crash safety.
 */
import type { RecordStore } from './recordStore';
import { crashBatch } from './testing/crashBatch';
import { expectWholeBatches, killWriterMidBatch } from './testing/crashScenario';
import type { TestStoreSpec } from './testing/openTestStore';
import { DAY_MS, RECORD_OF, change, realisticChange } from './testing/records';
import type { SyncBatch } from '../sources/types';

export interface StoreHarness {
  /** How a child process opens the same storage. */
  spec: TestStoreSpec;
  /** A new store object on the same storage, opened. */
  open(): Promise<RecordStore>;
  /** Makes every insert of a record with id 'poison' fail inside the database (a trigger), for the instance. */
  poison(store: RecordStore, instance: string): Promise<void>;
}

const T = Date.UTC(2025, 2, 1);
const NOW = Date.UTC(2025, 5, 1);
/** More rows than one PostgreSQL INSERT takes, so a batch is several statements that only a transaction binds. */
const CRASH_BATCH_SIZE = 5_000;
const CRASH_ROUNDS = 3;
let counter = 0;

const batch = (more: Partial<SyncBatch>): SyncBatch => ({ upserts: {}, cursor: 'c', done: false, ...more });
const ids = (records: Array<{ id: string }> | undefined) => (records ?? []).map((r) => r.id);

export function describeStoreContract(harness: StoreHarness): void {
  let store: RecordStore;
  let instance: string;

  beforeAll(async () => {
    store = await harness.open();
  });
  afterAll(() => store.close());
  beforeEach(() => {
    instance = `test-${process.pid}-${Date.now()}-${++counter}`;
  });
  afterEach(() => store.dropInstance(instance));

  it('reads an empty store as empty arrays of the asked kinds, without status', async () => {
    expect(await store.read(instance, 'github', ['changes', 'deployments'], { from: 0, to: NOW })).toEqual({ changes: [], deployments: [] });
    expect(await store.status(instance, 'github')).toBeUndefined();
    expect(await store.generation(instance)).toBe(0);
  });

  it('applying the same batch twice leaves the same rows', async () => {
    const b = batch({ upserts: { changes: [change('a', T), change('b', T + 1)], reviews: [RECORD_OF.reviews('r', T)] } });
    await store.applyBatch(instance, 'github', b, NOW);
    const first = await store.read(instance, 'github', ['changes', 'reviews']);
    await store.applyBatch(instance, 'github', b, NOW);
    expect(await store.read(instance, 'github', ['changes', 'reviews'])).toEqual(first);
    expect(first.changes).toEqual(b.upserts.changes);
    expect((await store.status(instance, 'github'))?.counts).toEqual({ changes: 2, reviews: 1 });
  });

  it('an upsert of a stored id overwrites the record and its times', async () => {
    await store.applyBatch(instance, 'github', batch({ upserts: { changes: [change('a', T)] } }), NOW);
    const closed = change('a', T, { title: 'edited', closedAt: T + DAY_MS });
    await store.applyBatch(instance, 'github', batch({ upserts: { changes: [closed] } }), NOW);
    expect((await store.read(instance, 'github', ['changes'])).changes).toEqual([closed]);
    expect((await store.read(instance, 'github', ['changes'], { from: T + 2 * DAY_MS, to: NOW })).changes).toEqual([]);
  });

  it('deletes the ids removed upstream, of that kind only', async () => {
    await store.applyBatch(instance, 'github', batch({ upserts: { changes: [change('a', T), change('b', T)], deployments: [RECORD_OF.deployments('a', T)] } }), NOW);
    await store.applyBatch(instance, 'github', batch({ deletes: { changes: ['a', 'unknown'] } }), NOW);
    const read = await store.read(instance, 'github', ['changes', 'deployments']);
    expect([ids(read.changes), ids(read.deployments)]).toEqual([['b'], ['a']]);
  });

  it('replaces a window: stored records of the kind starting in [from, to) and not upserted are removed', async () => {
    const day = (n: number) => RECORD_OF.webTraffic(`d${n}`, T + n * DAY_MS);
    await store.applyBatch(instance, 'ga4', batch({ upserts: { webTraffic: [0, 1, 2, 3, 4].map(day), emailStats: [RECORD_OF.emailStats('d2', T + 2 * DAY_MS)] } }), NOW);
    const redone = { ...day(2), sessions: 42 };
    await store.applyBatch(instance, 'ga4', batch({ upserts: { webTraffic: [redone] }, replace: [{ kind: 'webTraffic', window: { from: T + DAY_MS, to: T + 3 * DAY_MS } }] }), NOW);
    const read = await store.read(instance, 'ga4', ['webTraffic', 'emailStats']);
    // d1 starts at `from` and is not in the batch: gone; d3 starts at `to`: outside, kept.
    expect(read.webTraffic).toEqual([day(0), redone, day(3), day(4)]);
    expect(ids(read.emailStats)).toEqual(['d2']);
  });

  it('reads the records alive in the window: start < to and (no end or end ≥ from), ordered by start', async () => {
    const from = T;
    const to = T + 7 * DAY_MS;
    const changes = [
      change('open-old', T - 100 * DAY_MS),
      change('closed-before', T - 10 * DAY_MS, { closedAt: T - 1 }),
      change('closed-at-from', T - 10 * DAY_MS, { mergedAt: T }),
      change('inside', T + DAY_MS, { mergedAt: T + 2 * DAY_MS }),
      change('starts-at-to', to),
    ];
    const reviews = [RECORD_OF.reviews('before', from - 1), RECORD_OF.reviews('at-from', from), RECORD_OF.reviews('last', to - 1)];
    await store.applyBatch(instance, 'github', batch({ upserts: { changes, reviews } }), NOW);
    const read = await store.read(instance, 'github', ['changes', 'reviews', 'incidents'], { from, to });
    expect(ids(read.changes)).toEqual(['open-old', 'closed-at-from', 'inside']);
    expect(ids(read.reviews)).toEqual(['at-from', 'last']);
    expect(read.incidents).toEqual([]);
    expect(ids((await store.read(instance, 'github', ['changes'])).changes)).toHaveLength(5);
  });

  it('keeps sources and instances apart', async () => {
    const other = `${instance}-other`;
    await store.applyBatch(instance, 'github', batch({ upserts: { workItems: [RECORD_OF.workItems('w', T)] } }), NOW);
    await store.applyBatch(instance, 'asana', batch({ upserts: { workItems: [RECORD_OF.workItems('w', T + 1)] } }), NOW);
    await store.applyBatch(other, 'github', batch({ upserts: { workItems: [RECORD_OF.workItems('x', T)] } }), NOW);
    await store.applyBatch(instance, 'github', batch({ deletes: { workItems: ['w'] } }), NOW);
    expect(ids((await store.read(instance, 'asana', ['workItems'])).workItems)).toEqual(['w']);
    expect(ids((await store.read(other, 'github', ['workItems'])).workItems)).toEqual(['x']);
    await store.dropInstance(other);
    expect((await store.read(other, 'github', ['workItems'])).workItems).toEqual([]);
    expect(ids((await store.read(instance, 'asana', ['workItems'])).workItems)).toEqual(['w']);
  });

  it('a new scope drops the source’s records, cursor and status; the same scope keeps them', async () => {
    expect(await store.ensureScope(instance, 'github', 'scope-1')).toEqual({ source: 'github', scope: 'scope-1', backfilled: false, counts: {} });
    await store.applyBatch(instance, 'github', batch({ upserts: { changes: [change('a', T)] }, cursor: 'c9', done: true }), NOW);
    await store.applyBatch(instance, 'asana', batch({ upserts: { workItems: [RECORD_OF.workItems('w', T)] } }), NOW);
    expect(await store.ensureScope(instance, 'github', 'scope-1')).toMatchObject({ cursor: 'c9', backfilled: true, counts: { changes: 1 } });
    const before = await store.generation(instance);
    expect(await store.ensureScope(instance, 'github', 'scope-2')).toEqual({ source: 'github', scope: 'scope-2', backfilled: false, counts: {} });
    expect((await store.read(instance, 'github', ['changes'])).changes).toEqual([]);
    expect(await store.generation(instance)).not.toBe(before);
    expect((await store.status(instance, 'asana'))?.counts).toEqual({ workItems: 1 });
  });

  it('tracks attempts, cursor, progress, failures and completion', async () => {
    await store.ensureScope(instance, 'github', 's');
    await store.markAttempt(instance, 'github', NOW - 50);
    await store.applyBatch(instance, 'github', batch({ cursor: 'page-1', progress: 0.4 }), NOW - 40);
    expect(await store.status(instance, 'github')).toEqual({ source: 'github', scope: 's', cursor: 'page-1', lastAttemptAt: NOW - 50, backfilled: false, progress: 0.4, counts: {} });
    await store.markFailure(instance, 'github', 'GitHub: rate limited', NOW - 30);
    expect(await store.status(instance, 'github')).toMatchObject({ cursor: 'page-1', lastError: 'GitHub: rate limited', backfilled: false });
    await store.applyBatch(instance, 'github', batch({ cursor: 'page-2', done: true }), NOW);
    const done = await store.status(instance, 'github');
    expect(done).toEqual({ source: 'github', scope: 's', cursor: 'page-2', lastAttemptAt: NOW - 50, lastSuccessAt: NOW, backfilled: true, counts: {} });
    await store.markFailure(instance, 'github', 'timeout', NOW + 10);
    await store.applyBatch(instance, 'github', batch({ cursor: 'page-3' }), NOW + 20);
    expect(await store.status(instance, 'github')).toMatchObject({ cursor: 'page-3', lastSuccessAt: NOW, lastError: 'timeout', backfilled: true });
  });

  it('changes the generation with every committed batch of the instance only', async () => {
    const other = `${instance}-other`;
    const g0 = await store.generation(instance);
    await store.applyBatch(instance, 'github', batch({}), NOW);
    const g1 = await store.generation(instance);
    await store.applyBatch(other, 'github', batch({}), NOW);
    expect(await store.generation(instance)).toBe(g1);
    await store.applyBatch(instance, 'asana', batch({}), NOW);
    const g2 = await store.generation(instance);
    expect(new Set([g0, g1, g2]).size).toBe(3);
    await store.dropInstance(other);
  });

  it('rolls back a batch that fails inside the database, leaving store, cursor and generation as they were', async () => {
    await store.applyBatch(instance, 'github', batch({ upserts: { changes: [change('a', T), change('b', T)] }, cursor: 'one' }), NOW);
    await harness.poison(store, instance);
    const before = [await store.read(instance, 'github', ['changes']), await store.status(instance, 'github'), await store.generation(instance)];
    const failing = batch({
      upserts: { changes: [change('c', T), change('poison', T)] },
      deletes: { changes: ['a'] },
      replace: [{ kind: 'changes', window: { from: 0, to: NOW } }],
      cursor: 'two',
      done: true,
    });
    await expect(store.applyBatch(instance, 'github', failing, NOW)).rejects.toThrow(/poison/);
    expect([await store.read(instance, 'github', ['changes']), await store.status(instance, 'github'), await store.generation(instance)]).toEqual(before);
  });

  it('refuses a batch with a record without valid times, writing nothing', async () => {
    await expect(store.applyBatch(instance, 'github', batch({ upserts: { changes: [change('ok', T), change('bad', Number.NaN)] } }), NOW)).rejects.toThrow('changes record bad');
    expect(await store.status(instance, 'github')).toBeUndefined();
  });

  it('stores and reads a large batch of realistic records unchanged', async () => {
    const changes = Array.from({ length: 5_000 }, (_, i) => realisticChange(`c${i}`, T + i * 60_000));
    await store.applyBatch(instance, 'github', batch({ upserts: { changes } }), NOW);
    expect((await store.read(instance, 'github', ['changes'])).changes).toEqual(changes);
  });

  describe('sync lock', () => {
    it('is exclusive per (instance, source) until released', async () => {
      const lock = await store.tryLock(instance, 'github');
      expect(lock).toBeDefined();
      expect(await store.tryLock(instance, 'github')).toBeUndefined();
      const asana = await store.tryLock(instance, 'asana');
      const otherInstance = await store.tryLock(`${instance}-other`, 'github');
      expect([asana, otherInstance].every(Boolean)).toBe(true);
      await lock?.release();
      await lock?.release();
      const again = await store.tryLock(instance, 'github');
      expect(again).toBeDefined();
      await Promise.all([again?.release(), asana?.release(), otherInstance?.release()]);
    });

    it('excludes a second store object on the same storage', async () => {
      const second = await harness.open();
      try {
        const lock = await store.tryLock(instance, 'github');
        expect(await second.tryLock(instance, 'github')).toBeUndefined();
        await lock?.release();
        const taken = await second.tryLock(instance, 'github');
        expect(taken).toBeDefined();
        expect(await store.tryLock(instance, 'github')).toBeUndefined();
        await taken?.release();
      } finally {
        await second.close();
      }
    });
  });

  it('survives SIGKILL of a writer mid-batch: committed batches whole, no partial batch, resumable', async () => {
    let cursor = 0;
    for (let round = 0; round < CRASH_ROUNDS; round++) {
      const killed = await killWriterMidBatch(harness.spec, instance, CRASH_BATCH_SIZE, cursor + 3);
      expect(killed.firstBegun).toBe(cursor + 1);
      cursor = await expectWholeBatches(store, instance, CRASH_BATCH_SIZE);
      expect(cursor).toBeGreaterThanOrEqual(killed.lastCommitted);
      expect(cursor).toBeLessThanOrEqual(killed.lastBegun);
    }
    await store.applyBatch(instance, 'github', crashBatch(cursor + 1, CRASH_BATCH_SIZE), NOW);
    expect(await expectWholeBatches(store, instance, CRASH_BATCH_SIZE)).toBe(cursor + 1);
  }, 120_000);
}
