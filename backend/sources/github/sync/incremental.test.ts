import { setupServer } from 'msw/node';
import type { RecordSet } from '../../../../common/records';
import { testSourceContext } from '../../../plugin/testing/testContext';
import { orgHandlers, type OrgCall, type OrgState } from '../testing/orgDouble';
import { backfilled } from './testing/backfilled';
import { deleteDeployment, deploy, mergeOpenPullRequest, relabelIssue, renamePullRequest } from './testing/orgEdits';
import { sortedById, storedRecords, SYNC_KINDS } from './testing/syncRun';
import { BACKFILL_FROM, DAY, HOUR, LATE_DEPLOYMENT, NOW, OPEN_PR, syncOrg, syncSource } from './testing/syncScenario';

jest.setTimeout(30_000);

const calls: OrgCall[] = [];
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  calls.length = 0;
});
afterAll(() => server.close());

const T1 = NOW + HOUR;
const families = (list: OrgCall[]) => list.reduce<Record<string, number>>((n, c) => ({ ...n, [c.family]: (n[c.family] ?? 0) + 1 }), {});
const searches = (list: OrgCall[]) => list.filter((c) => c.q !== undefined);
const ids = (records: RecordSet, kind: keyof RecordSet) => ((records[kind] ?? []) as Array<{ id: string }>).map((r) => r.id).sort();

async function start(): Promise<{ state: OrgState } & Awaited<ReturnType<typeof backfilled>>> {
  const state = syncOrg();
  server.use(...orgHandlers(state, calls));
  const run = await backfilled();
  return { state, ...run };
}

describe('GitHub incremental sync', () => {
  it('after a backfill, fetches only the changed items: no full search, and a handful of requests', async () => {
    const { state, backfill, syncAt } = await start();
    // 3 repos × 180 days: a probe (first page of deployments), 6 chunks of 30 days (the last one also searches the
    // open items), releases and tags, then each repository's deployments (a compare per production deployment).
    expect(families(calls)).toEqual({
      'graphql:TeamMetricsDeploymentsBatch': 4,
      'graphql:TeamMetricsPullRequests': 7,
      'graphql:TeamMetricsIssues': 7,
      'rest:compare': 76,
      'rest:releases': 3,
      'graphql:TeamMetricsTagsBatch': 1,
    });
    expect(backfill.context.upstream).toHaveLength(98);
    calls.length = 0;

    const sha = mergeOpenPullRequest(state, NOW + 30 * 60_000);
    renamePullRequest(state, 1, 5, 'Faster checkout', NOW + 20 * 60_000);
    deploy(state, 900_002, sha, NOW + 40 * 60_000);
    const { batches, context } = await syncAt(T1);

    expect(searches(calls).map((c) => [c.family, c.numbers])).toEqual([
      ['graphql:TeamMetricsPullRequests', [OPEN_PR, 5]],
      ['graphql:TeamMetricsIssues', []],
      ['graphql:TeamMetricsIssueNumbers', []],
    ]);
    expect(searches(calls).every((c) => /updated:2026-11-26T11:55:00Z\.\.2026-11-26T12:59:59Z/.test(c.q ?? '') && !/is:(open|closed)/.test(c.q ?? ''))).toBe(true);
    // One compare: the new deployment against the last production one before it.
    expect(families(calls)).toEqual({
      'graphql:TeamMetricsDeploymentsBatch': 1,
      'graphql:TeamMetricsPullRequests': 1,
      'graphql:TeamMetricsIssues': 1,
      'graphql:TeamMetricsIssueNumbers': 1,
      'rest:releases': 3,
      'graphql:TeamMetricsTagsBatch': 1,
      'rest:compare': 1,
    });
    expect(context.upstream).toHaveLength(9);

    const [batch] = batches;
    expect(batches).toHaveLength(1);
    expect(batch.done).toBe(true);
    expect(ids(batch.upserts, 'changes')).toEqual(['github:acme/service-00#81', 'github:acme/service-01#5']);
    expect(batch.upserts.changes?.find((c) => c.number === OPEN_PR)).toMatchObject({ mergedAt: NOW + 30 * 60_000, mergeCommitSha: sha });
    expect(batch.upserts.changes?.find((c) => c.number === 5)).toMatchObject({ title: 'Faster checkout', repo: 'acme/service-01' });
    expect(batch.upserts.deployments?.find((d) => d.id === 'github:acme/service-00/deployment/900002')?.changeIds).toEqual(['github:acme/service-00#81']);
    expect(batch.replace).toEqual([
      { kind: 'deployments', window: { from: NOW - DAY, to: T1 } },
      { kind: 'releases', window: { from: NOW - DAY, to: T1 } },
    ]);
  });

  it('run twice with nothing changed upstream: no upserts besides the trailing windows, and the store is unchanged', async () => {
    const { syncAt, store } = await start();
    await syncAt(T1);
    const before = storedRecords(store);
    calls.length = 0;
    const { batches } = await syncAt(T1 + HOUR);
    const [batch] = batches;
    const nonEmpty = Object.entries(batch.upserts).filter(([, records]) => records.length > 0).map(([kind]) => kind);
    expect(nonEmpty).toEqual(['deployments']);
    expect(batch.upserts.deployments?.every((d) => d.startedAt >= T1 - DAY)).toBe(true);
    expect(batch.deletes).toEqual({});
    expect(searches(calls).flatMap((c) => c.numbers)).toEqual([]);
    expect(storedRecords(store)).toEqual(before);
  });

  it('a deployment deleted upstream leaves the store through the trailing replace window', async () => {
    const { state, syncAt, store } = await start();
    const late = `github:acme/service-00/deployment/${LATE_DEPLOYMENT}`;
    expect(store.all('deployments').map((d) => d.id)).toContain(late);
    deleteDeployment(state);
    const { batches } = await syncAt(T1);
    expect(ids(batches[0].upserts, 'deployments')).not.toContain(late);
    expect(store.all('deployments').map((d) => d.id)).not.toContain(late);
  });

  it('an issue that lost its labels is deleted; one relabelled from incident to bug swaps its records', async () => {
    const { state, syncAt, store } = await start();
    const stored = (kind: 'workItems' | 'incidents') => store.all(kind).map((r) => r.id);
    expect(stored('workItems')).toContain('github:acme/service-00#10001');
    expect(stored('incidents')).toContain('github:acme/service-00#10002');
    relabelIssue(state, 10_001, [], NOW + 10 * 60_000);
    relabelIssue(state, 10_002, ['bug'], NOW + 10 * 60_000);
    const { batches } = await syncAt(T1);
    expect(searches(calls).map((c) => [c.family, c.numbers])).toContainEqual(['graphql:TeamMetricsIssueNumbers', [10_001]]);
    expect(ids(batches[0].upserts, 'workItems')).toEqual(['github:acme/service-00#10002']);
    expect(batches[0].deletes).toEqual({ workItems: ['github:acme/service-00#10001'], incidents: ['github:acme/service-00#10002', 'github:acme/service-00#10001'] });
    expect(stored('workItems')).not.toContain('github:acme/service-00#10001');
    expect(stored('workItems')).toContain('github:acme/service-00#10002');
    expect(stored('incidents')).not.toContain('github:acme/service-00#10002');
  });

  it('after upstream edits, the store holds what fetch returns for the whole window', async () => {
    const { state, syncAt, store } = await start();
    const sha = mergeOpenPullRequest(state, NOW + 30 * 60_000);
    renamePullRequest(state, 1, 5, 'Faster checkout', NOW + 20 * 60_000);
    deploy(state, 900_002, sha, NOW + 40 * 60_000);
    deleteDeployment(state);
    relabelIssue(state, 10_002, ['bug'], NOW + 10 * 60_000);
    await syncAt(T1);
    const window = { from: BACKFILL_FROM, to: T1 };
    const fetched = await syncSource(() => T1).fetch(window, SYNC_KINDS, testSourceContext(T1));
    expect(sortedById(await store.request().stored(SYNC_KINDS, window))).toEqual(sortedById(fetched.records));
  });
});
