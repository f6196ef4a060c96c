import { setupServer } from 'msw/node';
import { pullRequestNode, searchHandler } from '../testing/searchDouble';
import { testCall, testClient } from '../testing/testClient';
import { listPullRequests } from './listPullRequests';
import { SearchSync } from './searchSync';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const NOW = Date.UTC(2026, 10, 26, 12);
const WINDOW = { from: NOW - 30 * 86_400_000, to: NOW };
const TTL = 300_000;

describe('incremental pull request sync', () => {
  it('searches everything once, then only what was updated since the last sync, and merges it', async () => {
    const closed = [pullRequestNode('acme/api', 1, NOW - 86_400_000), pullRequestNode('acme/api', 2, NOW - 2 * 86_400_000)];
    const requests: string[] = [];
    server.use(searchHandler(closed, requests));
    const client = testClient({ ttlMs: TTL });
    const sync = new SearchSync(TTL);
    const list = (now: number) => client.within(testCall(), () => listPullRequests(client, sync, ['acme/api'], { from: WINDOW.from + (now - NOW), to: now }, now));

    expect((await list(NOW)).nodes.map((n) => n.number).sort()).toEqual([1, 2]);
    expect(requests.map((q) => q.split(' ').slice(2, 4).join(' '))).toEqual(['is:open created:2008-01-01T00:00:00Z..2026-11-26T11:59:59Z', 'is:closed closed:2026-10-27T00:00:00Z..2026-11-26T11:59:59Z']);

    requests.length = 0;
    await list(NOW + 60_000);
    expect(requests).toEqual([]);

    closed.push(pullRequestNode('acme/api', 3, NOW + 200_000));
    const later = await list(NOW + 400_000);
    expect(later.nodes.map((n) => n.number).sort()).toEqual([1, 2, 3]);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^repo:acme\/api is:pr updated:2026-11-26T11:55:00Z\.\./);
  });
});
