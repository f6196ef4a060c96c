import { setupServer } from 'msw/node';
import { contractErrors } from '../testing/openApiValidator';
import { orgHandlers, type OrgCall } from '../testing/orgDouble';
import { validateGraphqlDocuments } from '../testing/validateGraphql';
import { backfilled } from './testing/backfilled';
import { deploy, mergeOpenPullRequest, relabelIssue } from './testing/orgEdits';
import { HOUR, NOW, syncOrg } from './testing/syncScenario';

jest.setTimeout(30_000);

const calls: OrgCall[] = [];
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const OPERATIONS: Record<string, string> = { 'rest:releases': '/repos/{owner}/{repo}/releases', 'rest:compare': '/repos/{owner}/{repo}/compare/{basehead}' };

describe('the org double honours the API contract', () => {
  it('every REST body served during a backfill and an incremental run is valid, and every query sent is valid', async () => {
    const state = syncOrg();
    server.use(...orgHandlers(state, calls));
    const { syncAt } = await backfilled();
    deploy(state, 900_002, mergeOpenPullRequest(state, NOW + 30 * 60_000), NOW + 40 * 60_000);
    relabelIssue(state, 10_001, [], NOW + 10 * 60_000);
    await syncAt(NOW + HOUR);

    const rest = calls.filter((c) => c.family.startsWith('rest:'));
    expect(new Set(rest.map((c) => c.family))).toEqual(new Set(Object.keys(OPERATIONS)));
    const invalid = rest.map((c) => contractErrors('GET', OPERATIONS[c.family], c.body)).filter((errors) => errors.length > 0);
    expect(invalid).toEqual([]);

    const sent = [...new Set(calls.flatMap((c) => (c.query ? [c.query] : [])))];
    expect([...new Set(sent.map((q) => /query\s+(\w+)/.exec(q)?.[1]))].sort()).toEqual([
      'TeamMetricsDeploymentsBatch',
      'TeamMetricsIssueNumbers',
      'TeamMetricsIssues',
      'TeamMetricsPullRequests',
      'TeamMetricsTagsBatch',
    ]);
    expect(validateGraphqlDocuments(sent)).toEqual(sent.map(() => []));
  });
});
