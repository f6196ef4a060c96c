import nock from 'nock';
import { createGitHubClient } from './client';
import { contractErrors } from './testing/openApiValidator';
import { FIXTURES_TOKEN, nockDefinitions, recordedCalls } from './testing/octokitFixtures';
import { testCall } from './testing/testClient';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const client = () => createGitHubClient({ auth: { kind: 'pat', token: FIXTURES_TOKEN }, cacheTtlMs: 60_000, retryAfterBaseMs: 1 });

describe('@octokit/fixtures replayed through our client (nock 14)', () => {
  it('paginate-issues: follows every Link header and returns all 13 issues', async () => {
    const scopes = nock.define(nockDefinitions('paginate-issues'));
    const api = client();
    const call = testCall();
    const issues = await api.within(call, () => api.paginate<{ number: number }>('GET /repos/{owner}/{repo}/issues', { owner: 'octokit-fixture-org', repo: 'paginate-issues', per_page: 3 }));
    expect(issues).toHaveLength(13);
    expect(new Set(issues.map((i) => i.number)).size).toBe(13);
    expect(call.upstream).toBe(5);
    scopes.forEach((scope) => expect(scope.isDone()).toBe(true));
  });

  it('paginate-issues: the recorded pages satisfy our OpenAPI slice', () => {
    for (const page of recordedCalls('paginate-issues')) {
      expect(contractErrors('GET', '/repos/{owner}/{repo}/issues', page.response)).toEqual([]);
    }
  });

  it('errors: a 422 "Validation Failed" becomes a downstream QueryError without the token', async () => {
    nock.define(nockDefinitions('errors'));
    const api = client();
    const error = await api.within(testCall(), () => api.request('POST /repos/{owner}/{repo}/labels', { owner: 'octokit-fixture-org', repo: 'errors', name: 'foo', color: 'invalid' }, 'label foo')).catch((e: Error) => e);
    expect(error).toMatchObject({ status: 502, source: 'downstream', message: expect.stringContaining('Validation Failed') });
    expect((error as Error).message).not.toContain(FIXTURES_TOKEN);
  });

  it('get-repository: a recorded GET answers through the cache, the second time without a request', async () => {
    nock.define(nockDefinitions('get-repository'));
    const api = client();
    const call = testCall();
    const get = () => api.within(call, () => api.request<{ full_name: string }>('GET /repos/{owner}/{repo}', { owner: 'octokit-fixture-org', repo: 'hello-world' }));
    expect((await get()).data.full_name).toBe('octokit-fixture-org/hello-world');
    expect((await get()).data.full_name).toBe('octokit-fixture-org/hello-world');
    expect([call.upstream, call.hits]).toEqual([1, 1]);
  });
});
