/** Sprints from an enum custom field (sprintSource = custom_field) instead of sections. */
import { setupServer } from 'msw/node';

import { AsanaSource } from './asanaSource';
import { createAsanaClient } from './client';
import { AsanaRequester } from './requester';
import { asanaHandlers, ASANA_ROUTES, ASANA_TEST_TOKEN, ASANA_TEST_URL, type DoubleRoute } from './testing/asanaDouble';
import { SCENARIO_ASANA, testContext } from './testing/scenario';

const SPRINT_FIELD = {
  gid: '804',
  resource_type: 'custom_field',
  name: 'Sprint',
  type: 'enum',
  resource_subtype: 'enum',
};
const OPTIONS = [
  { gid: '8041', resource_type: 'enum_option', name: 'S7 2026-11-02 – 2026-11-13', enabled: true, color: 'blue' },
  { gid: '8042', resource_type: 'enum_option', name: 'S8 2026-11-16 – 2026-11-27', enabled: true, color: 'blue' },
];

/** Project 1004's tasks with the Sprint field set from their section's sprint number. */
function withSprintField(): Record<string, DoubleRoute> {
  const tasks = ASANA_ROUTES['GET /projects/1004/tasks'].body as {
    data: Array<{ gid: string; custom_fields: unknown[] }>;
  };
  const data = tasks.data.map((t, i) => ({
    ...t,
    custom_fields: [
      ...t.custom_fields,
      { ...SPRINT_FIELD, enum_value: OPTIONS[i < 2 ? 0 : 1], display_value: OPTIONS[i < 2 ? 0 : 1].name },
    ],
  }));
  const settings = ASANA_ROUTES['GET /projects/1004/custom_field_settings'].body as { data: unknown[] };
  return {
    'GET /projects/1004/tasks': { status: 200, body: { data, next_page: null } },
    'GET /projects/1004/custom_field_settings': {
      status: 200,
      body: {
        data: [
          ...settings.data,
          {
            gid: '1004-cfs2',
            resource_type: 'custom_field_setting',
            custom_field: { ...SPRINT_FIELD, enum_options: OPTIONS },
          },
        ],
        next_page: null,
      },
    },
  };
}

const routes = withSprintField();
const server = setupServer(...asanaHandlers({ requests: [] }, (key) => routes[key]));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('reads sprints from the enum options of the sprint field, items from their field value', async () => {
  const settings = {
    ...SCENARIO_ASANA,
    sprintSource: 'custom_field' as const,
    sprintField: 'Sprint',
    metricProjects: { sprint_velocity: { projectGid: '1004', rule: 'completed' as const } },
  };
  const requester = new AsanaRequester(
    createAsanaClient({ token: ASANA_TEST_TOKEN, apiUrl: ASANA_TEST_URL, timeoutMs: 5000 }),
    0
  );
  const { records } = await new AsanaSource(settings, requester, 'UTC').fetch(
    { from: Date.UTC(2026, 9, 1), to: Date.UTC(2026, 11, 1) },
    ['workItems', 'sprints'],
    testContext().context
  );
  expect(
    records.sprints?.map((s) => [
      s.name,
      new Date(s.startAt).toISOString(),
      new Date(s.endAt).toISOString(),
      s.plannedItemIds,
    ])
  ).toEqual([
    ['S7 2026-11-02 – 2026-11-13', '2026-11-02T00:00:00.000Z', '2026-11-14T00:00:00.000Z', ['asana:401', 'asana:402']],
    ['S8 2026-11-16 – 2026-11-27', '2026-11-16T00:00:00.000Z', '2026-11-28T00:00:00.000Z', ['asana:403', 'asana:404']],
  ]);
  expect(records.workItems?.find((i) => i.id === 'asana:403')?.sprint).toBe('asana:sprint:S8 2026-11-16 – 2026-11-27');
});
