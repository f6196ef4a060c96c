import { setupServer } from 'msw/node';
import { testSourceContext } from '../../plugin/testing/testContext';
import { fixtureHandlers } from './testing/fixtureDouble';
import { SCENARIO_NOW, SCENARIO_WINDOW, scenarioSource } from './testing/scenario';

const server = setupServer(...fixtureHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const HOUR = 3_600_000;
const ALL = ['changes', 'reviews', 'deployments', 'releases', 'workItems', 'incidents'] as const;

describe('GitHub source on the acme/api scenario', () => {
  it('maps pull requests, deployments with the changes they shipped, releases, tags, issues and incidents', async () => {
    const { records, notices } = await scenarioSource().fetch(SCENARIO_WINDOW, ALL, testSourceContext(SCENARIO_NOW));
    expect(records.changes?.map((c) => [c.number, c.team, c.mergeCommitSha?.slice(0, 2)])).toEqual([
      [4, 'payments', undefined],
      [3, 'payments', 'a3'],
      [2, 'payments', 'a2'],
      [1, 'payments', 'a1'],
    ]);
    const pr1 = records.changes?.find((c) => c.number === 1);
    expect(pr1).toMatchObject({ firstCommitAt: Date.UTC(2026, 10, 1, 9), readyForReviewAt: Date.UTC(2026, 10, 2, 9), firstReviewAt: Date.UTC(2026, 10, 3, 9), toDefaultBranch: true });
    expect(records.reviews).toHaveLength(3);
    // D101 (Oct 1) is only the base of the compare; D103 is staging.
    expect(records.deployments?.map((d) => [d.id.split('/').pop(), d.production, d.changeIds])).toEqual([
      ['104', true, ['github:acme/api#2', 'github:acme/api#3']],
      ['103', false, undefined],
      ['102', true, ['github:acme/api#1']],
    ]);
    expect(records.releases?.map((r) => [r.kind, r.tag])).toEqual([
      ['release', 'v1.0.0'],
      ['tag', 'v1.0.1-hotfix'],
    ]);
    expect(records.workItems?.map((w) => [w.type, w.status])).toEqual([
      ['bug', 'open'],
      ['tech_debt', 'open'],
    ]);
    expect(records.incidents).toEqual([expect.objectContaining({ severity: 'critical', openedAt: Date.UTC(2026, 10, 20, 12), resolvedAt: Date.UTC(2026, 10, 20, 14) })]);
    // The partial failure: acme/missing 404s, the rest answers, and the user is told which repo is missing.
    expect(notices).toEqual([expect.objectContaining({ severity: 'warning', text: expect.stringContaining('acme/missing') })]);
    // Lead time of PR 1: first commit Nov 1 09:00 → D102 finished Nov 10 12:30 = 9 d 3.5 h.
    const d102 = records.deployments?.[2];
    expect(((d102?.finishedAt ?? 0) - (pr1?.firstCommitAt ?? 0)) / HOUR).toBe(219.5);
  });

  it('takes deployments from deploy workflow runs when a deploy workflow pattern is set', async () => {
    const { records } = await scenarioSource({ repos: ['acme/api'], deployWorkflowPattern: '^Deploy$' }).fetch(SCENARIO_WINDOW, ['deployments', 'changes'], testSourceContext(SCENARIO_NOW));
    // Run 9000 (1 Oct) is the base; 9001 shipped PR 1 (compare c1...c2), 9002 shipped PRs 2 and 3 (c2...c4).
    expect(records.deployments?.map((d) => [d.id, d.production, d.status, d.changeIds])).toEqual([
      ['github:acme/api/run/9002', true, 'success', ['github:acme/api#2', 'github:acme/api#3']],
      ['github:acme/api/run/9001', true, 'success', ['github:acme/api#1']],
    ]);
  });

  it('returns only the kinds asked for', async () => {
    const { records } = await scenarioSource().fetch(SCENARIO_WINDOW, ['releases'], testSourceContext(SCENARIO_NOW));
    expect(Object.keys(records)).toEqual(['releases']);
  });

  it('fails the whole query when every repository is missing', async () => {
    await expect(scenarioSource({ repos: ['acme/missing'] }).fetch(SCENARIO_WINDOW, ['changes'], testSourceContext(SCENARIO_NOW))).rejects.toMatchObject({
      status: 404,
      source: 'downstream',
      message: expect.stringContaining('acme/missing'),
    });
  });

  it('health names the repository it cannot read', async () => {
    const health = await scenarioSource().checkHealth(testSourceContext(SCENARIO_NOW));
    expect(health).toEqual({ status: 'error', message: 'GitHub: connected as octo-bot, but cannot read acme/missing: not found or no access.' });
    expect(await scenarioSource({ repos: ['acme/api'] }).checkHealth(testSourceContext(SCENARIO_NOW))).toEqual({ status: 'ok', message: 'GitHub: connected as octo-bot; 1 repositories reachable.' });
  });

  it('health reports missing settings without calling GitHub', async () => {
    const health = await scenarioSource({ repos: [] }).checkHealth(testSourceContext(SCENARIO_NOW));
    expect(health).toEqual({ status: 'error', message: 'GitHub: set an organization, a repository list or repository patterns.' });
  });

  it('answers the workflows, labels and environments resources and the option lists', async () => {
    const source = scenarioSource({ repos: ['acme/api'] });
    const context = testSourceContext(SCENARIO_NOW);
    const query = new URLSearchParams('repo=acme/api');
    expect(await source.resource({ path: ['workflows'], query }, context)).toEqual({ values: [{ value: 'Deploy', label: 'Deploy (.github/workflows/deploy.yml)' }] });
    expect(await source.resource({ path: ['labels'], query }, context)).toEqual({ values: [{ value: 'bug', label: 'bug' }, { value: 'incident', label: 'incident' }] });
    expect(await source.resource({ path: ['environments'], query }, context)).toEqual({ values: [{ value: 'production', label: 'production' }, { value: 'staging', label: 'staging' }] });
    expect(await source.resource({ path: ['nope'], query }, context)).toBeUndefined();
    await expect(source.resource({ path: ['labels'], query: new URLSearchParams() }, context)).rejects.toMatchObject({ status: 400 });
    expect(await source.options('repo', context)).toEqual([{ value: 'acme/api', label: 'acme/api' }]);
    expect(await source.options('team', context)).toEqual([{ value: 'payments', label: 'payments' }, { value: 'platform', label: 'platform' }]);
    expect(await source.options('environment', context)).toEqual([{ value: 'production', label: 'production' }, { value: 'staging', label: 'staging' }]);
  });
});
