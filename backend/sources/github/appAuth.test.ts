import { generateKeyPairSync } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { GITHUB_API } from './testing/fixtureDouble';
import { contractErrors } from './testing/openApiValidator';
import { testCall, testClient } from './testing/testClient';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
const MINUTE = 60_000;

describe('GitHub App authentication', () => {
  it('mints an installation token, reuses it, and mints a new one shortly before it expires', async () => {
    let now = Date.UTC(2026, 10, 26, 9);
    const minted: string[] = [];
    const used: Array<string | null> = [];
    server.use(
      http.post(`${GITHUB_API}/app/installations/42/access_tokens`, ({ request }) => {
        expect(request.headers.get('authorization')).toMatch(/^bearer ey/);
        const token = `ghs_installation${minted.length + 1}`;
        minted.push(token);
        const body = { token, expires_at: new Date(now + 60 * MINUTE).toISOString(), permissions: { contents: 'read' as const }, repository_selection: 'all' as const };
        expect(contractErrors('POST', '/app/installations/{installation_id}/access_tokens', body, 201)).toEqual([]);
        return HttpResponse.json(body, { status: 201 });
      }),
      http.get(`${GITHUB_API}/installation/repositories`, ({ request }) => {
        used.push(request.headers.get('authorization'));
        return HttpResponse.json({ total_count: 0, repositories: [] });
      })
    );
    const client = testClient({ ttlMs: 0, clock: () => now, auth: { kind: 'app', appId: '7', installationId: '42', privateKey } });
    const list = () => client.within(testCall(), () => client.request('GET /installation/repositories', {}));
    await list();
    now += 30 * MINUTE;
    await list();
    now += 26 * MINUTE;
    await list();
    expect(minted).toEqual(['ghs_installation1', 'ghs_installation2']);
    expect(used).toEqual(['token ghs_installation1', 'token ghs_installation1', 'token ghs_installation2']);
  });

  it('reports a rejected App key as a 401 the user can act on', async () => {
    server.use(http.post(`${GITHUB_API}/app/installations/42/access_tokens`, () => HttpResponse.json({ message: 'A JSON web token could not be decoded' }, { status: 401 })));
    const client = testClient({ auth: { kind: 'app', appId: '7', installationId: '42', privateKey } });
    await expect(client.within(testCall(), () => client.request('GET /installation/repositories', {}))).rejects.toMatchObject({ status: 401, message: expect.stringContaining('App id, installation id and private key') });
  });
});
