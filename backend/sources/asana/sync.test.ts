import { setupServer } from 'msw/node';

import { byId, SyncHarness } from '../_lib/testing/syncHarness';
import type { SyncBatch } from '../types';
import { AsanaSource } from './asanaSource';
import { createAsanaClient } from './client';
import { AsanaRequester } from './requester';
import { MODIFIED_OVERLAP_MS } from './syncIncremental';
import { asanaHandlers, ASANA_TEST_TOKEN, ASANA_TEST_URL, type AsanaDoubleLog } from './testing/asanaDouble';
import { AsanaWorld } from './testing/asanaWorld';
import { SCENARIO_ASANA, testContext } from './testing/scenario';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BACKFILL_FROM = Date.UTC(2026, 8, 30, 22);
const NOW = Date.UTC(2026, 10, 26);
const KINDS = ['workItems', 'sprints', 'incidents'] as const;
const PROJECTS = ['1001', '1002', '1003', '1004', '1005', '1006'];

const log: AsanaDoubleLog = { requests: [] };
let world = new AsanaWorld(Date.UTC(2026, 10, 20));
const server = setupServer(...asanaHandlers(log, (key, url) => world.route(key, url)));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  world = new AsanaWorld(Date.UTC(2026, 10, 20));
  log.requests = [];
});
afterAll(() => server.close());

/** With the response cache on (5 minutes), as in production: a sync must not be served from it. */
function source(): AsanaSource {
  const requester = new AsanaRequester(
    createAsanaClient({ token: ASANA_TEST_TOKEN, apiUrl: ASANA_TEST_URL, timeoutMs: 5000 }),
    300_000,
    { clock: Date.now, sleep: async () => undefined, baseDelayMs: 0 }
  );
  return new AsanaSource(SCENARIO_ASANA, requester, 'Europe/Berlin');
}

async function backfilled(asana = source()) {
  const store = new SyncHarness(BACKFILL_FROM, KINDS);
  await store.run(asana, testContext(NOW).context);
  log.requests = [];
  world.listings.length = 0;
  return store;
}

async function incremental(store: SyncHarness, asana = source(), now = NOW + DAY) {
  const { context, telemetry } = testContext(now);
  const [batch, ...more] = await store.run(asana, context);
  expect(more).toEqual([]);
  return { batch, upstream: telemetry.upstream };
}

const ids = (records: ReadonlyArray<{ id: string }> | undefined) => (records ?? []).map((r) => r.id).sort();
const changes = (batch: SyncBatch) => ({
  upserts: Object.fromEntries(Object.entries(batch.upserts).map(([k, v]) => [k, ids(v)])),
  deletes: batch.deletes,
});

describe('AsanaSource.sync', () => {
  it('backfills one batch per project, and the store then holds exactly what fetch returns for the window', async () => {
    const asana = source();
    const store = new SyncHarness(BACKFILL_FROM, KINDS);
    const { context, telemetry } = testContext(NOW);
    const batches = await store.run(asana, context);
    expect(batches.map((b) => [b.done, b.progress])).toEqual(PROJECTS.map((_, i) => [i === 5, (i + 1) / 6]));
    expect(telemetry.upstream).toBe(log.requests.length);
    expect(telemetry.hits).toBe(0);
    const backfillRequests = telemetry.upstream;

    const fetched = await source().fetch({ from: BACKFILL_FROM, to: NOW }, KINDS, testContext(NOW).context);
    expect(store.all('workItems')).toEqual(byId(fetched.records.workItems));
    expect(store.all('incidents')).toEqual(byId(fetched.records.incidents));
    expect(store.all('sprints')).toEqual(byId(fetched.records.sprints));
    expect(store.all('workItems')).toHaveLength(17);
    // Per project: project, sections, one page of tasks; stories of the 21 tasks; the sprint project's sections.
    expect(backfillRequests).toBe(6 * 3 + 21 + 1);
  });

  it('then lists only tasks modified since the last run (less the overlap) and upserts just those', async () => {
    const store = await backfilled();
    world.editTask('102', { name: 'Checkout redesign v2' }, NOW + HOUR);
    world.addStory(
      '501',
      { gid: 's5011', created_at: '2026-11-26T02:00:00.000Z', resource_subtype: 'marked_complete' },
      NOW + 2 * HOUR
    );
    world.editTask('501', { completed: true, completed_at: '2026-11-26T02:00:00.000Z' }, NOW + 2 * HOUR);
    const { batch, upstream } = await incremental(store);

    const since = new Date(NOW - MODIFIED_OVERLAP_MS).toISOString();
    const modifiedListings = world.listings.filter((l) => l.startsWith('/tasks?'));
    expect(modifiedListings).toHaveLength(6);
    expect(modifiedListings.every((l) => new URLSearchParams(l.split('?')[1]).get('modified_since') === since)).toBe(
      true
    );
    expect(world.modifiedReturned.sort()).toEqual(['102', '501']);
    expect(log.requests.filter((r) => r.includes('/stories'))).toEqual([
      'GET /tasks/102/stories limit=100',
      'GET /tasks/501/stories limit=100',
    ]);
    expect(changes(batch)).toEqual({
      upserts: { workItems: ['asana:102', 'asana:501'], incidents: [], sprints: [] },
      deletes: { workItems: [], incidents: [], sprints: [] },
    });
    expect(store.all('workItems').find((i) => i.id === 'asana:102')?.title).toBe('Checkout redesign v2');
    expect(store.all('workItems').find((i) => i.id === 'asana:501')?.completedAt).toBe(
      Date.parse('2026-11-26T02:00:00.000Z')
    );
    // Per project: project, sections, id listing, modified listing; the sprint project's sprint sections; 2 stories.
    expect(upstream).toBe(6 * 4 + 1 + 2);
  });

  it('the id-only listing (opt_fields=gid, 100 per page) reveals deleted tasks; a task that stops qualifying goes too', async () => {
    const store = await backfilled();
    world.deleteTask('503');
    world.deleteTask('602');
    world.editTask('303', { tags: [] }, NOW + HOUR);
    const { batch } = await incremental(store);
    expect(changes(batch)).toEqual({
      upserts: { workItems: [], incidents: [], sprints: [] },
      deletes: { workItems: ['asana:303', 'asana:503'], incidents: ['asana:602'], sprints: [] },
    });
    const idListings = world.listings.filter((l) => l.startsWith('/projects/'));
    expect(idListings).toHaveLength(6);
    expect(idListings.every((l) => /opt_fields=gid(&|$)/.test(l) && /limit=100/.test(l))).toBe(true);
    const fetched = await source().fetch({ from: BACKFILL_FROM, to: NOW + DAY }, KINDS, testContext(NOW + DAY).context);
    expect(store.all('workItems')).toEqual(byId(fetched.records.workItems));
    expect(store.all('incidents')).toEqual(byId(fetched.records.incidents));
  });

  it('a new task and a sprint move: the item is added and both sprints are rebuilt', async () => {
    const store = await backfilled();
    const sprint2 = { gid: '1004-s2', resource_type: 'section', name: 'Sprint 2 (2026-10-19 – 2026-10-30)' };
    const board = { gid: '1004', resource_type: 'project', name: 'Sprint board' };
    world.editTask('402', { memberships: [{ project: board, section: sprint2 }] }, NOW + HOUR);
    world.addTask(
      '1006',
      {
        gid: '604',
        resource_type: 'task',
        name: 'Checkout down',
        created_at: '2026-11-26T03:00:00.000Z',
        completed: false,
        completed_at: null,
        tags: [],
        memberships: [],
        custom_fields: [],
      },
      NOW + 3 * HOUR
    );
    const { batch } = await incremental(store);
    expect(changes(batch).upserts).toEqual({
      workItems: ['asana:402'],
      incidents: ['asana:604'],
      sprints: ['asana:sprint:Sprint 1 (2026-10-05 – 2026-10-16)', 'asana:sprint:Sprint 2 (2026-10-19 – 2026-10-30)'],
    });
    expect(store.all('sprints').map((s) => s.plannedItemIds)).toEqual([
      ['asana:401'],
      ['asana:402', 'asana:403', 'asana:404'],
    ]);
    const fetched = await source().fetch({ from: BACKFILL_FROM, to: NOW + DAY }, KINDS, testContext(NOW + DAY).context);
    expect(store.all('sprints')).toEqual(byId(fetched.records.sprints));
  });

  it('a renamed section (no task modified) makes that project be read in full', async () => {
    const store = await backfilled();
    world.renameSection('1004', '1004-s1', 'Sprint 1 (2026-10-05 – 2026-10-17)');
    const { batch } = await incremental(store);
    expect(
      world.listings.filter((l) => l.startsWith('/projects/1004/tasks?') && !l.includes('opt_fields=gid'))
    ).toHaveLength(1);
    expect(changes(batch).upserts).toEqual({
      workItems: ['asana:401', 'asana:402'],
      incidents: [],
      sprints: ['asana:sprint:Sprint 1 (2026-10-05 – 2026-10-17)'],
    });
    expect(batch.deletes?.sprints).toEqual(['asana:sprint:Sprint 1 (2026-10-05 – 2026-10-16)']);
    expect(store.all('workItems').find((i) => i.id === 'asana:401')?.sprint).toBe(
      'asana:sprint:Sprint 1 (2026-10-05 – 2026-10-17)'
    );
  });

  it('a run with nothing changed upstream changes nothing and reads no stories', async () => {
    const store = await backfilled();
    const { batch, upstream } = await incremental(store);
    expect(changes(batch)).toEqual({
      upserts: { workItems: [], incidents: [], sprints: [] },
      deletes: { workItems: [], incidents: [], sprints: [] },
    });
    expect(world.modifiedReturned).toEqual([]);
    expect(upstream).toBe(6 * 4 + 1);
    const again = await incremental(store, source(), NOW + 2 * DAY);
    expect(again.batch.upserts.workItems).toEqual([]);
  });

  it('resumes a backfill from the cursor of its last committed batch, skipping the projects already stored', async () => {
    const store = new SyncHarness(BACKFILL_FROM, KINDS);
    const first = await store.run(source(), testContext(NOW).context, { stopAfter: 2 });
    expect(first.map((b) => b.done)).toEqual([false, false]);
    log.requests = [];
    const rest = await store.run(source(), testContext(NOW + HOUR).context);
    expect(rest.map((b) => b.progress)).toEqual([3 / 6, 4 / 6, 5 / 6, 1]);
    expect(log.requests.some((r) => r.startsWith('GET /projects/1001') || r.startsWith('GET /projects/1002'))).toBe(
      false
    );
    const full = await backfilled();
    expect(store.all('workItems')).toEqual(full.all('workItems'));
    expect(store.all('sprints')).toEqual(full.all('sprints'));
    // The first incremental run looks back to the start of the interrupted backfill.
    world.editTask('101', { name: 'Edited during the backfill' }, NOW + HOUR / 2);
    const { batch } = await incremental(store, source(), NOW + DAY);
    expect(batch.upserts.workItems?.map((i) => i.title)).toEqual(['Edited during the backfill']);
  });

  it('stops and throws when the signal aborts, leaving the last committed cursor', async () => {
    const store = new SyncHarness(BACKFILL_FROM, KINDS);
    const { context, abort } = testContext(NOW);
    let committed: string | undefined;
    const run = store.run(source(), context, {
      afterBatch: (b) => {
        committed = b.cursor;
        abort.abort(new Error('deadline'));
      },
    });
    await expect(run).rejects.toThrow('deadline');
    expect(store.cursor).toBe(committed);
    expect(JSON.parse(store.cursor ?? '{}')).toMatchObject({ backfill: { done: ['1001'] } });
  });
});
