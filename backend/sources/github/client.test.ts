import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { GITHUB_API } from './testing/fixtureDouble';
import { TEST_TOKEN, testCall, testClient } from './testing/testClient';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const REPO = `${GITHUB_API}/repos/acme/api`;
const repoBody = { id: 1, full_name: 'acme/api' };

describe('GitHub client: rate limits', () => {
  it('waits for the primary rate limit when the reset comes before the deadline', async () => {
    let calls = 0;
    const reset = Math.ceil(Date.now() / 1000) + 2;
    server.use(http.get(REPO, () => (++calls === 1 ? HttpResponse.json({ message: 'API rate limit exceeded' }, { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } }) : HttpResponse.json(repoBody))));
    const client = testClient();
    const call = testCall();
    await expect(client.within(call, () => client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'api' }))).resolves.toMatchObject({ data: repoBody });
    expect(call.upstream).toBe(2);
  });

  it('gives up with a clear 429 when the reset is past the query deadline', async () => {
    const reset = Date.UTC(2030, 0, 1, 13, 45) / 1000;
    server.use(http.get(REPO, () => HttpResponse.json({ message: 'API rate limit exceeded' }, { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } })));
    const client = testClient();
    const call = testCall(1);
    await expect(client.within(call, () => client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'api' }))).rejects.toMatchObject({
      status: 429,
      source: 'downstream',
      message: expect.stringContaining('GitHub rate limit exhausted until 13:45 UTC'),
    });
    expect(call.upstream).toBe(1);
  });

  it('retries a secondary rate limit after Retry-After', async () => {
    let calls = 0;
    server.use(http.get(REPO, () => (++calls === 1 ? HttpResponse.json({ message: 'You have exceeded a secondary rate limit' }, { status: 403, headers: { 'retry-after': '1' } }) : HttpResponse.json(repoBody))));
    const client = testClient();
    await expect(client.within(testCall(), () => client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'api' }))).resolves.toMatchObject({ data: repoBody });
    expect(calls).toBe(2);
  });
});

describe('GitHub client: caching', () => {
  it('revalidates a stale entry with If-None-Match and reuses the body on 304', async () => {
    const seen: Array<string | null> = [];
    server.use(
      http.get(REPO, ({ request }) => {
        seen.push(request.headers.get('if-none-match'));
        return request.headers.get('if-none-match') === '"v1"' ? new HttpResponse(null, { status: 304 }) : HttpResponse.json(repoBody, { headers: { etag: '"v1"' } });
      })
    );
    const client = testClient({ ttlMs: 0 });
    const call = testCall();
    const get = () => client.within(call, () => client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'api' }));
    await get();
    await expect(get()).resolves.toMatchObject({ data: repoBody });
    expect(seen).toEqual([null, '"v1"']);
    expect([call.upstream, call.hits]).toEqual([2, 1]);
  });

  it('remembers the rate limit GitHub reported, per resource', async () => {
    server.use(http.get(REPO, () => HttpResponse.json(repoBody, { headers: { 'x-ratelimit-remaining': '4321', 'x-ratelimit-reset': String(Date.UTC(2026, 10, 26, 13) / 1000), 'x-ratelimit-resource': 'core' } })));
    const client = testClient();
    await client.within(testCall(), () => client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'api' }));
    expect(client.rateLimits()).toEqual({ core: { remaining: 4321, resetAt: '2026-11-26T13:00:00.000Z' } });
  });

  it('answers a fresh entry without a request, and coalesces identical requests in flight', async () => {
    let calls = 0;
    server.use(http.get(REPO, async () => {
      calls += 1;
      await new Promise((r) => setTimeout(r, 20));
      return HttpResponse.json(repoBody);
    }));
    const client = testClient();
    const call = testCall();
    const get = () => client.within(call, () => client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'api' }));
    await Promise.all([get(), get(), get()]);
    await get();
    expect(calls).toBe(1);
    expect(call.upstream).toBe(1);
  });
});

describe('GitHub client: errors are actionable and never show the token', () => {
  it('a request still running at the query deadline fails as a 504', async () => {
    server.use(http.get(REPO, async () => {
      await new Promise((r) => setTimeout(r, 500));
      return HttpResponse.json(repoBody);
    }));
    const client = testClient();
    const call = { ...testCall(), signal: AbortSignal.timeout(20) };
    await expect(client.within(call, () => client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'api' }))).rejects.toMatchObject({ status: 504, source: 'downstream', message: expect.stringContaining('query deadline') });
  });

  it.each([
    [401, {}, { message: 'Bad credentials' }, 401, 'rejected the credentials'],
    [403, { 'x-accepted-oauth-scopes': 'read:org', 'x-oauth-scopes': 'repo' }, { message: 'Must have admin rights' }, 403, 'lacks the "read:org" scope'],
    [404, {}, { message: 'Not Found' }, 404, 'repository acme/api was not found'],
    [503, {}, { message: `upstream ${TEST_TOKEN}` }, 502, 'GitHub is failing (503)'],
  ])('HTTP %i → QueryError', async (status, headers, body, want, text) => {
    server.use(http.get(REPO, () => HttpResponse.json(body, { status, headers })));
    const client = testClient();
    const error = await client.within(testCall(), () => client.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'api' }, 'repository acme/api')).catch((e: Error) => e);
    expect(error).toMatchObject({ status: want, source: 'downstream', message: expect.stringContaining(text) });
    expect(String((error as Error).message)).not.toContain(TEST_TOKEN);
  });
});
