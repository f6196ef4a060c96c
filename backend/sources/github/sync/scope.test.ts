import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { testSourceContext } from '../../../plugin/testing/testContext';
import { GITHUB_API } from '../testing/fixtureDouble';
import { orgHandlers } from '../testing/orgDouble';
import { backfilled } from './testing/backfilled';
import { sortedById, SYNC_KINDS } from './testing/syncRun';
import { BACKFILL_FROM, HOUR, NOW, syncOrg, syncSource } from './testing/syncScenario';

jest.setTimeout(30_000);

/** Done flags of a backfill from NOW − 180 days run after NOW: 7 chunks (6 × 30 days and the last hours), releases, deployments per repository. */
const backfillOf = (repos: number) => [...Array<boolean>(7 + repos).fill(false), true];
let teamName = 'Payments';
let listed = [{ full_name: 'acme/service-00', archived: false }];
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() =>
  server.use(
    ...orgHandlers(syncOrg()),
    http.get(`${GITHUB_API}/orgs/acme/repos`, () => HttpResponse.json(listed)),
    http.get(`${GITHUB_API}/orgs/acme/teams`, () => HttpResponse.json([{ slug: 'core', name: teamName }])),
    http.get(`${GITHUB_API}/orgs/acme/teams/core/members`, () => HttpResponse.json([{ login: 'alice' }]))
  )
);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('GitHub sync when the scope changes without a settings change', () => {
  it('backfills again with the new teams when GitHub team membership changes, and runs incrementally while it does not', async () => {
    listed = [{ full_name: 'acme/service-00', archived: false }];
    const { store, syncAt } = await backfilled((clock) => syncSource(clock, { repos: [], org: 'acme', teamsFrom: 'github' }));
    const teams = () => new Set(store.all('changes').map((c) => c.team));
    expect(teams()).toEqual(new Set(['Payments']));

    expect((await syncAt(NOW + HOUR)).batches.map((b) => b.done)).toEqual([true]);
    teamName = 'Platform';
    expect((await syncAt(NOW + 2 * HOUR)).batches.map((b) => b.done)).toEqual(backfillOf(1));
    expect(teams()).toEqual(new Set(['Platform']));
    expect(JSON.parse(store.cursor ?? '{}')).toMatchObject({ phase: 'incremental', updatedSince: NOW + 2 * HOUR });
  });

  it('drops the records of a repository the organisation archived, and backfills one that joined', async () => {
    listed = [
      { full_name: 'acme/service-00', archived: false },
      { full_name: 'acme/service-01', archived: false },
    ];
    const source = (clock: () => number) => syncSource(clock, { repos: [], org: 'acme' });
    const { store, syncAt } = await backfilled(source);
    const repoOf = (r: object) => Object.entries(r).find(([field]) => ['repo', 'project', 'service'].includes(field))?.[1] as string;
    const repos = () => new Set(SYNC_KINDS.flatMap((k) => store.all(k).map(repoOf)));
    expect(repos()).toEqual(new Set(['acme/service-00', 'acme/service-01']));

    listed = [
      { full_name: 'acme/service-00', archived: false },
      { full_name: 'acme/service-01', archived: true },
      { full_name: 'acme/service-02', archived: false },
    ];
    const T2 = NOW + HOUR;
    const { batches } = await syncAt(T2);
    expect(batches.map((b) => b.done)).toEqual(backfillOf(2));
    expect(batches[0].deletes?.changes?.every((id) => id.startsWith('github:acme/service-01#'))).toBe(true);
    expect(repos()).toEqual(new Set(['acme/service-00', 'acme/service-02']));
    const fetched = await source(() => T2).fetch({ from: BACKFILL_FROM, to: T2 }, SYNC_KINDS, testSourceContext(T2));
    expect(sortedById(await store.request().stored(SYNC_KINDS, { from: BACKFILL_FROM, to: T2 }))).toEqual(sortedById(fetched.records));
  });
});
