import { setupServer } from 'msw/node';
import { testSourceContext } from '../../../plugin/testing/testContext';
import { SyncHarness } from '../../_lib/testing/syncHarness';
import type { DeploymentNode } from '../queries/deploymentsQuery';
import { fixtureHandlers } from '../testing/fixtureDouble';
import { orgHandlers } from '../testing/orgDouble';
import { scenarioSource } from '../testing/scenario';
import { backfilled } from './testing/backfilled';
import { deploy } from './testing/orgEdits';
import { sortedById, SYNC_KINDS, syncOnce } from './testing/syncRun';
import { BACKFILL_FROM, DAY, HOUR, iso, NOW, syncOrg, syncSource } from './testing/syncScenario';

jest.setTimeout(30_000);

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
});
afterAll(() => server.close());

const T1 = NOW + HOUR;

function deployment(databaseId: number, environment: string, at: number, commitOid: string): DeploymentNode {
  return { databaseId, environment, createdAt: iso(at), commitOid, state: 'ACTIVE', creator: { login: 'deploy-bot' }, latestStatus: { state: 'SUCCESS', createdAt: iso(at + 600_000) } };
}

describe('the base deployment of a trailing window comes from the store when the listing does not reach it', () => {
  it('links a deployment to everything merged since the previous production deployment two months before', async () => {
    const state = syncOrg();
    const [repo] = state.repos;
    const shaAt = (at: number) => repo.prs.filter((pr) => pr.mergedAt && Date.parse(pr.mergedAt) < at).pop()?.mergeCommit?.oid ?? '';
    // Production 100 and 60 days ago, then only staging, twice a day: the first page of 100 reaches back 50 days.
    const staging = Array.from({ length: 110 }, (_, i) => deployment(700_000 + i, 'staging', NOW - (i + 1) * 12 * HOUR, shaAt(NOW - (i + 1) * 12 * HOUR)));
    repo.deployments = [...staging, deployment(600_002, 'production', NOW - 60 * DAY, shaAt(NOW - 60 * DAY)), deployment(600_001, 'production', NOW - 100 * DAY, shaAt(NOW - 100 * DAY))];
    server.use(...orgHandlers(state));
    const { store, syncAt } = await backfilled();

    deploy(state, 600_003, repo.history[repo.history.length - 1], T1 - 20 * 60_000);
    await syncAt(T1);
    const shipped = store.all('deployments').find((d) => d.id === 'github:acme/service-00/deployment/600003')?.changeIds ?? [];
    const merged = repo.prs.filter((pr) => pr.mergedAt && Date.parse(pr.mergedAt) >= NOW - 60 * DAY).map((pr) => `github:acme/service-00#${pr.number}`);
    expect(shipped.length).toBeGreaterThan(20);
    expect([...shipped].sort()).toEqual([...merged].sort());
    const fetched = await syncSource(() => T1).fetch({ from: BACKFILL_FROM, to: T1 }, ['deployments', 'changes'], testSourceContext(T1));
    expect(sortedById(await store.request().stored(['deployments'], { from: BACKFILL_FROM, to: T1 }), ['deployments'])).toEqual(sortedById(fetched.records, ['deployments']));
  });

  it('with a deploy workflow, lists runs only from the trailing window and compares with the stored run', async () => {
    const runs: string[] = [];
    server.use(...fixtureHandlers());
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/actions/runs')) {
        runs.push(new URL(request.url).searchParams.get('created') ?? '');
      }
    });
    const source = scenarioSource({ repos: ['acme/api'], deployWorkflowPattern: '^Deploy$' }, { clock: () => T1 });
    const store = new SyncHarness(Date.UTC(2026, 9, 27), SYNC_KINDS);
    const before = Date.UTC(2026, 10, 20, 9);
    await syncOnce(store, source, before);
    await syncOnce(store, source, before + 3 * HOUR);
    expect(runs).toEqual(['2026-09-27T00:00:00Z..2026-11-20T08:59:59Z', '2026-11-19T09:00:00Z..2026-11-20T11:59:59Z']);
    // Run 9002 (Nov 20 10:00) shipped c2...c4 after run 9001 (Nov 10), which only the store still lists.
    expect(store.all('deployments').map((d) => [d.id, d.changeIds])).toEqual([
      ['github:acme/api/run/9001', ['github:acme/api#1']],
      ['github:acme/api/run/9002', ['github:acme/api#2', 'github:acme/api#3']],
    ]);
  });
});
