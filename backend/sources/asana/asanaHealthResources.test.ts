import { setupServer } from 'msw/node';

import { AsanaSource } from './asanaSource';
import { createAsanaClient } from './client';
import { AsanaRequester } from './requester';
import { asanaHandlers, ASANA_TEST_TOKEN, ASANA_TEST_URL, type AsanaDoubleLog } from './testing/asanaDouble';
import { SCENARIO_ASANA, testContext } from './testing/scenario';

const log: AsanaDoubleLog = { requests: [] };
const server = setupServer(...asanaHandlers(log));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const source = (settings = SCENARIO_ASANA, token = ASANA_TEST_TOKEN) =>
  new AsanaSource(
    settings,
    new AsanaRequester(createAsanaClient({ token, apiUrl: ASANA_TEST_URL, timeoutMs: 5000 }), 0),
    'UTC'
  );
const resource = (path: string, query = '') =>
  source().resource({ path: path.split('/'), query: new URLSearchParams(query) }, testContext().context);

describe('Asana checkHealth', () => {
  it('checks the token and every configured project', async () => {
    expect(await source().checkHealth(testContext().context)).toEqual({
      status: 'ok',
      message: 'Asana: connected as Metrics Bot; 6 project(s) checked',
    });
  });

  it('says exactly what is wrong: unknown project, missing section, missing points field', async () => {
    const settings = {
      ...SCENARIO_ASANA,
      pointsField: 'Estimate',
      metricProjects: {
        ...SCENARIO_ASANA.metricProjects,
        features_fully_scoped: { projectGid: '1001', rule: 'section' as const, value: 'Ready' },
        bug_count_open: { projectGid: '9999', rule: 'completed' as const },
      },
    };
    const health = await source(settings).checkHealth(testContext().context);
    expect(health.status).toBe('error');
    expect(health.message).toContain(
      'project "Roadmap" (1001) has no section "Ready" (features_fully_scoped); sections: Backlog, Scoped, In progress'
    );
    expect(health.message).toContain('project 9999 (used by bug_count_open) was not found (404)');
    expect(health.message).toContain('project "Sprint board" (1004) has no story points field "Estimate"');
  });

  it('a bad token is reported without the token', async () => {
    const health = await source(SCENARIO_ASANA, 'bad-secret-777').checkHealth(testContext().context);
    expect(health.status).toBe('error');
    expect(health.message).toMatch(/rejected the token \(401\)/);
    expect(health.message).not.toContain('bad-secret-777');
  });
});

describe('GET sources/asana/...', () => {
  it.each([
    ['workspaces', '', { values: [{ value: '500', label: 'Acme' }] }],
    [
      'tags',
      '',
      {
        values: [
          { value: '701', label: 'PRD' },
          { value: '702', label: 'FSD' },
        ],
      },
    ],
    [
      'sections',
      'project=1001',
      {
        values: [
          { value: '1001-s1', label: 'Backlog' },
          { value: '1001-s2', label: 'Scoped' },
          { value: '1001-s3', label: 'In progress' },
        ],
      },
    ],
    ['custom_fields', 'project=1004', { fields: [{ gid: '801', name: 'Story Points', type: 'number', options: [] }] }],
  ])('%s?%s', async (path, query, expected) => {
    expect(await resource(path, query)).toEqual(expected);
  });

  it('projects of the configured workspace', async () => {
    const projects = (await resource('projects')) as { values: Array<{ label: string }> };
    expect(projects.values.map((p) => p.label)).toEqual(['Roadmap', 'BizSup', 'Specs', 'Sprint board', 'Tech debt', 'Incidents']);
  });

  it('unknown resource → undefined (404); missing parameter → 400', async () => {
    expect(await resource('nope')).toBeUndefined();
    await expect(resource('sections')).rejects.toMatchObject({ status: 400 });
  });

  it('options(project) lists the configured projects by name', async () => {
    const values = await source().options('project', testContext().context);
    expect(values?.map((v) => v.value).sort()).toEqual(['BizSup', 'Incidents', 'Roadmap', 'Specs', 'Sprint board', 'Tech debt']);
  });
});
