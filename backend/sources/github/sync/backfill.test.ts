import { setupServer } from 'msw/node';
import { testSourceContext } from '../../../plugin/testing/testContext';
import { SyncHarness } from '../../_lib/testing/syncHarness';
import { fixtureHandlers } from '../testing/fixtureDouble';
import { orgHandlers, type OrgCall } from '../testing/orgDouble';
import { SCENARIO_NOW, SCENARIO_WINDOW, scenarioSource } from '../testing/scenario';
import { sortedById, storedRecords, SYNC_KINDS, syncOnce } from './testing/syncRun';
import { BACKFILL_FROM, DAY, NOW, REVERT_PR, syncOrg, syncSource } from './testing/syncScenario';

jest.setTimeout(30_000);

const calls: OrgCall[] = [];
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
  calls.length = 0;
});
afterAll(() => server.close());

const closedFrom = (q: string | undefined) => /closed:(\S+)\.\./.exec(q ?? '')?.[1];
const clock = () => NOW;
const pullRequestSearches = (list: OrgCall[]) => list.filter((c) => c.family === 'graphql:TeamMetricsPullRequests');

describe('GitHub backfill into the store', () => {
  it('stores exactly the records fetch returns for the same window (org double: 3 repos × 180 days)', async () => {
    server.use(...orgHandlers(syncOrg(), calls));
    const fetched = await syncSource(clock).fetch({ from: BACKFILL_FROM, to: NOW }, SYNC_KINDS, testSourceContext(NOW));
    const store = new SyncHarness(BACKFILL_FROM, SYNC_KINDS);
    const { batches } = await syncOnce(store, syncSource(clock), NOW);
    expect(storedRecords(store)).toEqual(sortedById(fetched.records));
    // Six 30-day chunks, then releases and tags, then each repository's deployments.
    expect(batches.map((b) => [b.done, b.progress?.toFixed(1)])).toEqual([
      ...['0.1', '0.2', '0.3', '0.4', '0.5', '0.6', '0.7', '0.8', '0.9'].map((p) => [false, p]),
      [true, '1.0'],
    ]);
    expect(batches.slice(6).map((b) => Object.keys(b.upserts))).toEqual([['releases'], ['deployments'], ['deployments'], ['deployments']]);
    // The revert (chunk 6) names a PR merged in chunk 1, found through request.stored.
    expect(store.all('changes').find((c) => c.number === REVERT_PR && c.repo === 'acme/service-01')?.revertOf).toBe('github:acme/service-01#3');
    expect(store.all('deployments').filter((d) => d.changeIds?.length).length).toBeGreaterThan(70);
  });

  it('stores exactly what fetch returns on the committed acme/api scenario, with the missing repository as a notice', async () => {
    server.use(...fixtureHandlers());
    const window = { from: SCENARIO_WINDOW.from, to: SCENARIO_NOW };
    const fetched = await scenarioSource().fetch(window, SYNC_KINDS, testSourceContext(SCENARIO_NOW));
    const store = new SyncHarness(window.from, SYNC_KINDS);
    const { batches } = await syncOnce(store, scenarioSource(), SCENARIO_NOW);
    expect(storedRecords(store)).toEqual(sortedById(fetched.records));
    expect(batches[0].notices).toEqual([expect.objectContaining({ severity: 'warning', text: expect.stringContaining('acme/missing') })]);
  });

  it('resumes an interrupted backfill at the next chunk and searches only the remaining ones', async () => {
    server.use(...orgHandlers(syncOrg(), calls));
    const complete = new SyncHarness(BACKFILL_FROM, SYNC_KINDS);
    await syncOnce(complete, syncSource(clock), NOW);
    calls.length = 0;

    const store = new SyncHarness(BACKFILL_FROM, SYNC_KINDS);
    await syncOnce(store, syncSource(clock), NOW, { stopAfter: 3 });
    expect(pullRequestSearches(calls.splice(0)).map((c) => closedFrom(c.q))).toEqual(['2026-05-30T12:00:00Z', '2026-06-29T12:00:00Z', '2026-07-29T12:00:00Z']);

    const later = NOW + DAY;
    const { batches } = await syncOnce(store, syncSource(() => later), later);
    const searched = pullRequestSearches(calls).map((c) => closedFrom(c.q) ?? 'open');
    expect(searched.sort()).toEqual(['2026-08-28T12:00:00Z', '2026-09-27T12:00:00Z', '2026-10-27T12:00:00Z', '2026-11-26T12:00:00Z', 'open']);
    // Chunks 4 to 6 and the day since, then the releases and the three deployment steps.
    expect(batches.map((b) => b.done)).toEqual([false, false, false, false, false, false, false, true]);
    expect(storedRecords(store)).toEqual(storedRecords(complete));
  });

  it('stops when the signal aborts between batches: no further batch or request, and the abort reason is thrown', async () => {
    server.use(...orgHandlers(syncOrg(), calls));
    const controller = new AbortController();
    const store = new SyncHarness(BACKFILL_FROM, SYNC_KINDS);
    let requestsAtAbort = -1;
    const afterBatch = () => {
      requestsAtAbort = calls.length;
      controller.abort(new Error('sync budget used up'));
    };
    await expect(syncOnce(store, syncSource(clock), NOW, { signal: controller.signal, afterBatch })).rejects.toThrow('sync budget used up');
    expect(calls).toHaveLength(requestsAtAbort);
    expect(JSON.parse(store.cursor ?? '{}')).toMatchObject({ phase: 'backfill', next: Date.UTC(2026, 5, 29, 12) });
  });

  it('an abort during a request throws the abort reason (not a timeout error) and commits nothing more', async () => {
    const controller = new AbortController();
    server.use(...orgHandlers(syncOrg(), calls));
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/compare/')) {
        controller.abort(new Error('shutting down'));
      }
    });
    const store = new SyncHarness(BACKFILL_FROM, SYNC_KINDS);
    await expect(syncOnce(store, syncSource(clock), NOW, { signal: controller.signal })).rejects.toThrow('shutting down');
    // Compares belong to the deployment steps: every chunk and the releases step are committed.
    expect(JSON.parse(store.cursor ?? '{}')).toMatchObject({ phase: 'backfill', next: NOW, steps: { done: ['releases'], since: NOW } });
  });
});
