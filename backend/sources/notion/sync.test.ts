import { setupServer } from 'msw/node';

import { testContext } from '../asana/testing/scenario';
import { byId, SyncHarness } from '../_lib/testing/syncHarness';
import type { SyncBatch } from '../types';
import { EDITED_OVERLAP_MS } from './sync';
import { notionHandlers, type NotionDoubleLog } from './testing/notionDoubleHandlers';
import { notionTestSource } from './testing/notionTestSource';
import { NotionWorld } from './testing/notionWorld';
import { FSD_DS, PRD_DS } from './testdata/notionDouble';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BACKFILL_FROM = Date.UTC(2026, 8, 30, 22);
const NOW = Date.UTC(2026, 10, 26);
const REFERRAL = 'cccccccc-0000-4000-8000-000000ccc333';
const PRICING = 'bbbbbbbb-0000-4000-8000-000000bbb222';

const log: NotionDoubleLog = { requests: [], bodies: [] };
let world = new NotionWorld();
const server = setupServer(...notionHandlers(log, (key, body, url) => world.route(key, body, url)));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  world = new NotionWorld();
  log.requests = [];
  log.bodies = [];
});
afterAll(() => server.close());

const iso = (at: number) => new Date(at).toISOString();
const ids = (records: ReadonlyArray<{ id: string }> | undefined) => (records ?? []).map((r) => r.id).sort();
const changes = (batches: SyncBatch[]) => ({
  upserts: ids(batches.flatMap((b) => b.upserts.documents ?? [])),
  deletes: batches.flatMap((b) => b.deletes?.documents ?? []).sort(),
});

async function backfilled() {
  const store = new SyncHarness(BACKFILL_FROM, ['documents']);
  await store.run(notionTestSource(), testContext(NOW).context);
  log.requests = [];
  world.queries.length = 0;
  return store;
}

async function incremental(store: SyncHarness, now = NOW + DAY) {
  const { context, telemetry } = testContext(now);
  const batches = await store.run(notionTestSource(), context);
  return { batches, upstream: telemetry.upstream };
}

function newFsdPage(at: string) {
  const page = structuredClone(world.page('eeeeeeee-0000-4000-8000-000000eee555'));
  return {
    ...page,
    id: 'ffffffff-0000-4000-8000-000000fff666',
    url: 'https://www.notion.so/Search-FSD-fff666',
    created_time: at,
    last_edited_time: at,
  };
}

describe('NotionSource.sync', () => {
  it('backfills one batch per data source, and the store then holds exactly what fetch returns', async () => {
    const store = new SyncHarness(BACKFILL_FROM, ['documents']);
    const { context, telemetry } = testContext(NOW);
    const batches = await store.run(notionTestSource(), context);
    expect(batches.map((b) => [b.done, b.progress])).toEqual([
      [false, 0.5],
      [true, 1],
    ]);
    // Per data source: its schema (the property check) and one page of the query.
    expect(telemetry.upstream).toBe(4);
    expect(world.queries.map((q) => q.body.filter)).toEqual([
      { timestamp: 'last_edited_time', last_edited_time: { on_or_after: iso(BACKFILL_FROM) } },
      { timestamp: 'last_edited_time', last_edited_time: { on_or_after: iso(BACKFILL_FROM) } },
    ]);
    const fetched = await notionTestSource().fetch(
      { from: BACKFILL_FROM, to: NOW },
      ['documents'],
      testContext(NOW).context
    );
    expect(store.all('documents')).toEqual(byId(fetched.records.documents));
    expect(store.all('documents')).toHaveLength(5);
  });

  it('then queries only pages edited since the last sync (less the overlap) and upserts just those', async () => {
    const store = await backfilled();
    world.edit(REFERRAL, { status: 'Done', completed: '2026-11-26' }, iso(NOW + HOUR));
    world.add(FSD_DS, newFsdPage(iso(NOW + 2 * HOUR)));
    const { batches, upstream } = await incremental(store);

    const edited = world.queries.filter((q) => q.filterProperties.length === 0);
    expect(edited.map((q) => [q.dataSource, q.body.filter])).toEqual(
      [PRD_DS, FSD_DS].map((ds) => [
        ds,
        { timestamp: 'last_edited_time', last_edited_time: { on_or_after: iso(NOW - EDITED_OVERLAP_MS) } },
      ])
    );
    expect(changes(batches)).toEqual({
      upserts: [`notion:${REFERRAL}`, 'notion:ffffffff-0000-4000-8000-000000fff666'],
      deletes: [],
    });
    expect(store.all('documents').find((d) => d.id === `notion:${REFERRAL}`)).toMatchObject({
      status: 'Done',
      completedAt: Date.parse('2026-11-26'),
    });
    // Per data source: the id-only listing, the schema, the edited pages.
    expect(upstream).toBe(6);
    const fetched = await notionTestSource().fetch(
      { from: BACKFILL_FROM, to: NOW + DAY },
      ['documents'],
      testContext(NOW + DAY).context
    );
    expect(store.all('documents')).toEqual(byId(fetched.records.documents));
  });

  it('finds trashed pages with an id-only listing (filter_properties=title) of the synced range', async () => {
    const store = await backfilled();
    world.trash(PRICING);
    const { batches } = await incremental(store);
    expect(changes(batches)).toEqual({ upserts: [], deletes: [`notion:${PRICING}`] });
    const listings = world.queries.filter((q) => q.filterProperties.length > 0);
    expect(listings.map((q) => [q.dataSource, q.filterProperties, q.body.filter])).toEqual(
      [PRD_DS, FSD_DS].map((ds) => [
        ds,
        ['title'],
        { timestamp: 'last_edited_time', last_edited_time: { on_or_after: iso(BACKFILL_FROM) } },
      ])
    );
    expect(store.all('documents').map((d) => d.id)).not.toContain(`notion:${PRICING}`);
  });

  it('a run with nothing changed upstream changes nothing', async () => {
    const store = await backfilled();
    const { batches } = await incremental(store);
    expect(changes(batches)).toEqual({ upserts: [], deletes: [] });
    expect(batches.map((b) => b.done)).toEqual([false, true]);
  });

  it('resumes a backfill after its last committed data source', async () => {
    const store = new SyncHarness(BACKFILL_FROM, ['documents']);
    await store.run(notionTestSource(), testContext(NOW).context, { stopAfter: 1 });
    expect(JSON.parse(store.cursor ?? '{}')).toEqual({ v: 1, from: BACKFILL_FROM, synced: { prd: NOW } });
    world.queries.length = 0;
    const { batches, upstream } = await incremental(store, NOW + HOUR);
    expect(batches.map((b) => b.done)).toEqual([false, true]);
    // PRD incrementally (listing, schema, edited pages), FSD backfilled (schema, one page).
    expect(upstream).toBe(3 + 2);
    expect(world.queries.find((q) => q.dataSource === FSD_DS)?.body.filter).toEqual({
      timestamp: 'last_edited_time',
      last_edited_time: { on_or_after: iso(BACKFILL_FROM) },
    });
    const full = await backfilled();
    expect(store.all('documents')).toEqual(full.all('documents'));
  });

  it('a failing data source leaves the other synced and fails the run with its error', async () => {
    const store = await backfilled();
    world.edit(REFERRAL, { title: 'Referral program v2' }, iso(NOW + HOUR));
    world.unshared.add(FSD_DS);
    const { context } = testContext(NOW + DAY);
    const committed: SyncBatch[] = [];
    await expect(store.run(notionTestSource(), context, { afterBatch: (b) => committed.push(b) })).rejects.toThrow(
      `the FSD data source (${FSD_DS}) was not found or is not shared`
    );
    expect(committed.map((b) => b.done)).toEqual([false]);
    expect(store.all('documents').find((d) => d.id === `notion:${REFERRAL}`)?.title).toBe('Referral program v2');
    expect(JSON.parse(store.cursor ?? '{}').synced).toEqual({ prd: NOW + DAY, fsd: NOW });
  });

  it('stops and throws when the signal aborts, leaving the last committed cursor', async () => {
    const store = new SyncHarness(BACKFILL_FROM, ['documents']);
    const { context, abort } = testContext(NOW);
    const run = store.run(notionTestSource(), context, { afterBatch: () => abort.abort(new Error('shutdown')) });
    await expect(run).rejects.toThrow('shutdown');
    expect(JSON.parse(store.cursor ?? '{}')).toEqual({ v: 1, from: BACKFILL_FROM, synced: { prd: NOW } });
  });
});
