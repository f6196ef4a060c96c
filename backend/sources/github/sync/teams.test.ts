import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { GITHUB_API } from '../testing/fixtureDouble';
import { orgHandlers } from '../testing/orgDouble';
import { backfilled } from './testing/backfilled';
import { HOUR, NOW, syncOrg, syncSource } from './testing/syncScenario';

jest.setTimeout(30_000);

let teamName = 'Payments';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('GitHub sync with teams from GitHub', () => {
  it('maps again with a backfill when team membership changes, and syncs incrementally while it does not', async () => {
    server.use(
      ...orgHandlers(syncOrg()),
      http.get(`${GITHUB_API}/orgs/acme/repos`, () => HttpResponse.json([])),
      http.get(`${GITHUB_API}/orgs/acme/teams`, () => HttpResponse.json([{ slug: 'core', name: teamName }])),
      http.get(`${GITHUB_API}/orgs/acme/teams/core/members`, () => HttpResponse.json([{ login: 'alice' }]))
    );
    const { store, syncAt } = await backfilled((clock) => syncSource(clock, { org: 'acme', teamsFrom: 'github' }));
    const teams = () => new Set(store.all('changes').map((c) => c.team));
    expect(teams()).toEqual(new Set(['Payments']));

    expect((await syncAt(NOW + HOUR)).batches.map((b) => b.done)).toEqual([true]);
    teamName = 'Platform';
    const again = await syncAt(NOW + 2 * HOUR);
    expect(again.batches.map((b) => b.done)).toEqual([false, false, false, false, false, false, true]);
    expect(teams()).toEqual(new Set(['Platform']));
    expect(JSON.parse(store.cursor ?? '{}')).toMatchObject({ phase: 'incremental', updatedSince: NOW + 2 * HOUR });
  });
});
