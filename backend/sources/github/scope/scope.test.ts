import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { GITHUB_API } from '../testing/fixtureDouble';
import { testCall, testClient } from '../testing/testClient';
import { resolveGitHubSettings } from '../settings';
import { listRepos } from './listRepos';
import { teamsOf } from './teamsOf';

const orgRepos = [
  { full_name: 'acme/service-a', archived: false },
  { full_name: 'acme/service-b', archived: true },
  { full_name: 'acme/website', archived: false },
];
const server = setupServer(
  http.get(`${GITHUB_API}/orgs/acme/repos`, () => HttpResponse.json(orgRepos)),
  http.get(`${GITHUB_API}/orgs/acme/teams`, () => HttpResponse.json([{ slug: 'payments', name: 'Payments' }, { slug: 'web', name: 'Web' }])),
  http.get(`${GITHUB_API}/orgs/acme/teams/:slug/members`, ({ params }) =>
    HttpResponse.json(params.slug === 'payments' ? [{ login: 'Alice' }, { login: 'bob' }] : [{ login: 'bob' }, { login: 'carol' }])
  )
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const settingsOf = (github: Record<string, unknown>) => resolveGitHubSettings({ github: { enabled: true, authType: 'pat', ...github } }, { githubToken: 'ghp_x' });

describe('repository scope and teams', () => {
  it.each([
    ['an organization: its unarchived repos', { org: 'acme' }, ['acme/service-a', 'acme/website']],
    ['an organization and patterns: the matching ones', { org: 'acme', repoPatterns: ['acme/service-*'] }, ['acme/service-a']],
    ['patterns alone: their owner is listed', { repoPatterns: ['acme/web*'] }, ['acme/website']],
    ['an explicit list: as given, without listing the org', { repos: ['acme/api', 'other/tool'] }, ['acme/api', 'other/tool']],
  ])('%s', async (_case, github, want) => {
    const client = testClient();
    expect(await client.within(testCall(), () => listRepos(client, settingsOf(github)))).toEqual(want);
  });

  it('maps logins to their first GitHub team, case-insensitively', async () => {
    const client = testClient();
    const teams = await client.within(testCall(), () => teamsOf(client, settingsOf({ org: 'acme', teamsFrom: 'github' })));
    expect(Object.fromEntries(teams)).toEqual({ alice: 'Payments', bob: 'Payments', carol: 'Web' });
  });

  it('uses the configured mapping without calling GitHub', async () => {
    const client = testClient();
    const teams = await client.within(testCall(), () => teamsOf(client, settingsOf({ repos: ['acme/api'], teamMapping: { Dana: 'Core' } })));
    expect(Object.fromEntries(teams)).toEqual({ dana: 'Core' });
  });

  it('rejects an invalid production pattern with a message that names it', () => {
    expect(() => settingsOf({ repos: ['acme/api'], productionEnvironmentPattern: '([' })).toThrow('production environment pattern "([" is not a valid regular expression');
  });
});
