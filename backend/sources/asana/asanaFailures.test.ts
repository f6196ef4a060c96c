import { setupServer } from 'msw/node';

import { QueryError } from '../../protocol/errors';
import { AsanaSource } from './asanaSource';
import { createAsanaClient } from './client';
import { AsanaRequester } from './requester';
import {
  asanaHandlers,
  ASANA_TEST_TOKEN,
  ASANA_TEST_URL,
  type AsanaDoubleLog,
  type DoubleRoute,
} from './testing/asanaDouble';
import { SCENARIO_ASANA, testContext } from './testing/scenario';

const log: AsanaDoubleLog = { requests: [] };
let override: ((key: string) => DoubleRoute | undefined) | undefined;
const server = setupServer(...asanaHandlers(log, (key) => override?.(key)));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  log.requests = [];
  override = undefined;
});
afterAll(() => server.close());

const WINDOW = { from: Date.UTC(2026, 8, 30, 22), to: Date.UTC(2026, 10, 25, 23) };
const NOW = Date.UTC(2026, 10, 26, 10, 0);
const sleeps: number[] = [];

function source(settings = SCENARIO_ASANA, token = ASANA_TEST_TOKEN) {
  const timing = { clock: () => NOW, sleep: async (ms: number) => void sleeps.push(ms), baseDelayMs: 0 };
  return new AsanaSource(
    settings,
    new AsanaRequester(createAsanaClient({ token, apiUrl: ASANA_TEST_URL, timeoutMs: 5000 }), 0, timing),
    'Europe/Berlin',
    () => NOW
  );
}

const RATE_LIMITED = (seconds: string): DoubleRoute => ({
  status: 429,
  body: { errors: [{ message: 'You have made too many requests recently.' }] },
  headers: { 'retry-after': seconds },
});
const only = (settings: typeof SCENARIO_ASANA, ...metrics: string[]) => ({
  ...settings,
  metricProjects: Object.fromEntries(
    Object.entries(settings.metricProjects ?? {}).filter(([m]) => metrics.includes(m))
  ),
});

async function failure(promise: Promise<unknown>): Promise<QueryError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(err).toBeInstanceOf(QueryError);
  return err as QueryError;
}

describe('Asana failures', () => {
  it('partial failure: other projects answer, a warning notice names the failing project', async () => {
    const settings = {
      ...SCENARIO_ASANA,
      metricProjects: {
        ...SCENARIO_ASANA.metricProjects,
        bug_count_open: { projectGid: '9999', rule: 'completed' as const },
      },
    };
    const { records, notices } = await source(settings).fetch(WINDOW, ['workItems'], testContext().context);
    expect(records.workItems?.length).toBe(17);
    expect(notices).toHaveLength(1);
    expect(notices[0].severity).toBe('warning');
    expect(notices[0].text).toMatch(/project 9999 \(used by bug_count_open\) was not found \(404\)/);
  });

  it('every project failing fails the query, naming the project (404, downstream)', async () => {
    const settings = {
      ...SCENARIO_ASANA,
      metricProjects: { bug_count_open: { projectGid: '9999', rule: 'completed' as const } },
    };
    const err = await failure(source(settings).fetch(WINDOW, ['workItems'], testContext().context));
    expect([err.status, err.source]).toEqual([404, 'downstream']);
    expect(err.message).toContain('project 9999');
  });

  it('a bad token says what to do and never shows the token (401)', async () => {
    const err = await failure(
      source(only(SCENARIO_ASANA, 'bizsup_completed'), 'wrong-token-123').fetch(
        WINDOW,
        ['workItems'],
        testContext().context
      )
    );
    expect(err.status).toBe(401);
    expect(err.message).toMatch(/rejected the token/);
    expect(err.message).not.toContain('wrong-token-123');
  });

  it('429 with a short Retry-After is waited out and retried (the SDK has no retries)', async () => {
    let left = 2;
    override = (key) => (key === 'GET /projects/1002' && left-- > 0 ? RATE_LIMITED('2') : undefined);
    sleeps.length = 0;
    const { context, telemetry } = testContext();
    const { records } = await source(only(SCENARIO_ASANA, 'bizsup_completed')).fetch(WINDOW, ['workItems'], context);
    expect(records.workItems).toHaveLength(4);
    expect(sleeps).toEqual([2000, 2000]);
    expect(
      log.requests.filter((r) => r.startsWith('GET /projects/1002 ')).length +
        log.requests.filter((r) => r === 'GET /projects/1002').length
    ).toBe(3);
    expect(telemetry.upstream).toBe(log.requests.length);
  });

  it('429 with a Retry-After past the deadline fails at once with "until HH:MM UTC"', async () => {
    override = (key) => (key === 'GET /projects/1002' ? RATE_LIMITED('3600') : undefined);
    sleeps.length = 0;
    const err = await failure(
      source(only(SCENARIO_ASANA, 'bizsup_completed')).fetch(WINDOW, ['workItems'], testContext().context)
    );
    expect(err.status).toBe(429);
    expect(err.message).toContain('again at 11:00 UTC');
    expect(sleeps).toEqual([]);
  });

  it('5xx is retried with back-off, then succeeds', async () => {
    let left = 1;
    override = (key) =>
      key === 'GET /projects/1002/tasks' && left-- > 0
        ? { status: 503, body: { errors: [{ message: 'Service unavailable' }] } }
        : undefined;
    const { records } = await source(only(SCENARIO_ASANA, 'bizsup_completed')).fetch(
      WINDOW,
      ['workItems'],
      testContext().context
    );
    expect(records.workItems).toHaveLength(4);
  });

  it('5xx that persists fails downstream as 502', async () => {
    override = (key) =>
      key === 'GET /projects/1002/tasks' ? { status: 500, body: { errors: [{ message: 'Server error' }] } } : undefined;
    const err = await failure(
      source(only(SCENARIO_ASANA, 'bizsup_completed')).fetch(WINDOW, ['workItems'], testContext().context)
    );
    expect([err.status, err.source]).toEqual([502, 'downstream']);
  });

  it('no token: a settings error, no request', async () => {
    const asana = new AsanaSource(SCENARIO_ASANA, undefined, 'UTC');
    const err = await failure(asana.fetch(WINDOW, ['workItems'], testContext().context));
    expect(err.source).toBe('plugin');
    expect(log.requests).toEqual([]);
  });
});
