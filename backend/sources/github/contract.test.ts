import { setupServer } from 'msw/node';
import { testSourceContext } from '../../plugin/testing/testContext';
import { deploymentsBatchQuery } from './queries/deploymentsBatchQuery';
import { DEPLOYMENTS_QUERY } from './queries/deploymentsQuery';
import { ISSUES_QUERY } from './queries/issuesQuery';
import { PULL_REQUESTS_QUERY } from './queries/pullRequestsQuery';
import { tagsBatchQuery } from './queries/tagsBatchQuery';
import { TAGS_QUERY } from './queries/tagsQuery';
import { fixtureHandlers, type Served } from './testing/fixtureDouble';
import { fixtureBody, ROUTES } from './testing/fixtureRoutes';
import { contractErrors } from './testing/openApiValidator';
import { validateGraphqlDocuments } from './testing/validateGraphql';
import { SCENARIO_NOW, SCENARIO_WINDOW, scenarioSource } from './testing/scenario';

const served: Served[] = [];
const server = setupServer(...fixtureHandlers(served));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  served.length = 0;
});
afterAll(() => server.close());

describe('GitHub doubles honour the API contract', () => {
  it.each(ROUTES.filter((r) => r.op).map((r) => [`${r.method} ${r.path} (${r.status ?? 200})`, r] as const))('%s validates against the OpenAPI slice', (_name, route) => {
    expect(contractErrors(route.method, route.op ?? '', fixtureBody(route), route.status ?? 200)).toEqual([]);
  });

  it('every GraphQL query validates against @octokit/graphql-schema', () => {
    expect(validateGraphqlDocuments([PULL_REQUESTS_QUERY, ISSUES_QUERY, DEPLOYMENTS_QUERY, TAGS_QUERY, deploymentsBatchQuery(['acme/api', 'acme/web']), tagsBatchQuery(['acme/api', 'acme/web'])])).toEqual([[], [], [], [], [], []]);
  });

  it('the schema check is not vacuous', () => {
    expect(validateGraphqlDocuments(['query { repository(owner: "a", name: "b") { noSuchField } }'])[0]).not.toEqual([]);
  });

  it('rejects a payload that breaks the schema (the validator is not vacuous)', () => {
    const repo = fixtureBody(ROUTES.find((r) => r.path === '/repos/acme/api') ?? ROUTES[0]) as Record<string, unknown>;
    expect(contractErrors('GET', '/repos/{owner}/{repo}', { ...repo, id: 'one', full_name: undefined })).not.toEqual([]);
  });

  it('every payload served during a full refresh and health check is valid, and every query sent is valid', async () => {
    const source = scenarioSource();
    const context = testSourceContext(SCENARIO_NOW);
    await source.fetch(SCENARIO_WINDOW, ['changes', 'reviews', 'deployments', 'releases', 'workItems', 'incidents'], context);
    await source.checkHealth(context);
    await source.resource({ path: ['labels'], query: new URLSearchParams('repo=acme/api') }, context);
    expect(served.length).toBeGreaterThan(10);
    for (const s of served.filter((x) => x.route.op)) {
      expect([s.route.path, contractErrors(s.route.method, s.route.op ?? '', s.body, s.route.status ?? 200)]).toEqual([s.route.path, []]);
    }
    const sent = [...new Set(served.flatMap((s) => (s.request?.query ? [s.request.query] : [])))];
    expect(sent.length).toBeGreaterThanOrEqual(4);
    expect(validateGraphqlDocuments(sent)).toEqual(sent.map(() => []));
  });
});
