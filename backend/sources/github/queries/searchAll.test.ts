import { setupServer } from 'msw/node';
import { testCall, testClient } from '../testing/testClient';
import { pullRequestNode, searchHandler } from '../testing/searchDouble';
import { listPullRequests } from './listPullRequests';
import { repoQualifierGroups } from './searchAll';
import { SearchSync } from './searchSync';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const FROM = Date.UTC(2026, 8, 1);
const TO = Date.UTC(2026, 10, 30);
const NOW = TO;

describe('search past the 1,000-result cap', () => {
  it('splits the window until every part fits, and returns every pull request once', async () => {
    const closed = Array.from({ length: 2_500 }, (_, i) => pullRequestNode('acme/api', i + 1, FROM + Math.floor((i * (TO - FROM)) / 2_500)));
    const requests: string[] = [];
    server.use(searchHandler(closed, requests));
    const client = testClient();
    const call = testCall();
    const { nodes, notices } = await client.within(call, () => listPullRequests(client, new SearchSync(60_000), ['acme/api'], { from: FROM, to: TO }, NOW));
    expect(nodes).toHaveLength(2_500);
    expect(new Set(nodes.map((n) => n.number)).size).toBe(2_500);
    expect(notices).toEqual([]);
    // 1 open search; the over-full range, then parts of ~750 (and their splits) whose pages are all read.
    expect(requests.filter((q) => q.includes('is:closed')).length).toBeGreaterThanOrEqual(25);
  });

  it('keeps 1,000 and says so when one minute holds more than 1,000 results', async () => {
    const closed = Array.from({ length: 1_200 }, (_, i) => pullRequestNode('acme/api', i + 1, Date.UTC(2026, 9, 1, 12)));
    server.use(searchHandler(closed));
    const client = testClient();
    const { nodes, notices } = await client.within(testCall(), () => listPullRequests(client, new SearchSync(60_000), ['acme/api'], { from: FROM, to: TO }, NOW));
    expect(nodes).toHaveLength(1_000);
    expect(notices).toEqual([expect.objectContaining({ severity: 'warning', text: expect.stringContaining('matched 1200 items in one minute; only the first 1000 are included') })]);
  });

  it('groups repository qualifiers under the 256-character query limit', () => {
    const repos = Array.from({ length: 20 }, (_, i) => `acme/service-${String(i).padStart(2, '0')}`);
    const groups = repoQualifierGroups(repos, 100);
    expect(groups.every((g) => g.length + 100 <= 256)).toBe(true);
    expect(groups.join(' ').split(' ')).toHaveLength(20);
  });
});
