import { setupServer } from 'msw/node';

import type { WorkItemRecord } from '../../../common/records';
import { AsanaSource } from './asanaSource';
import { createAsanaClient } from './client';
import { AsanaRequester } from './requester';
import { asanaHandlers, ASANA_TEST_TOKEN, ASANA_TEST_URL, type AsanaDoubleLog } from './testing/asanaDouble';
import { SCENARIO_ASANA, testContext } from './testing/scenario';

const log: AsanaDoubleLog = { requests: [] };
const server = setupServer(...asanaHandlers(log));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  log.requests = [];
});
afterAll(() => server.close());

const WINDOW = { from: Date.UTC(2026, 8, 30, 22), to: Date.UTC(2026, 10, 25, 23) };
const noSleep = async () => undefined;

function source(settings = SCENARIO_ASANA, ttlMs = 300_000, token = ASANA_TEST_TOKEN) {
  const requester = new AsanaRequester(createAsanaClient({ token, apiUrl: ASANA_TEST_URL, timeoutMs: 5000 }), ttlMs, {
    clock: Date.now,
    sleep: noSleep,
    baseDelayMs: 0,
  });
  return new AsanaSource(settings, requester, 'Europe/Berlin');
}

const byId = (items: WorkItemRecord[] | undefined) => new Map((items ?? []).map((i) => [i.id, i]));

describe('AsanaSource.fetch', () => {
  it('maps tasks of every configured project to typed work items, following all pages with limit=100', async () => {
    const { context } = testContext();
    const { records, notices } = await source().fetch(WINDOW, ['workItems', 'sprints'], context);
    expect(notices).toEqual([]);
    const items = byId(records.workItems);
    expect([...items.values()].map((i) => `${i.id}:${i.type}`).sort()).toEqual(
      [
        '101:feature',
        '102:feature',
        '201:bizsup',
        '202:bizsup',
        '203:bizsup',
        '204:bizsup',
        '301:prd',
        '302:fsd',
        '303:prd',
        '401:story',
        '402:story',
        '403:story',
        '404:story',
        '501:tech_debt',
        '502:tech_debt',
        '503:tech_debt',
        '505:tech_debt',
      ].map((s) => `asana:${s}`)
    );
    expect(log.requests).toContain('GET /projects/1002/tasks?offset=p1002-2 limit=100');
    expect(
      log.requests.filter((r) => r.includes('/tasks') && !r.includes('/stories')).every((r) => r.endsWith('limit=100'))
    ).toBe(true);
  });

  it('gives the status history from stories: section entries, completion and reopening', async () => {
    const { records } = await source().fetch(WINDOW, ['workItems'], testContext().context);
    const items = byId(records.workItems);
    expect(items.get('asana:102')?.statusHistory.map((c) => c.to)).toEqual([
      'Scoped',
      'Backlog',
      'Scoped',
      'In progress',
    ]);
    const reopened = items.get('asana:202');
    expect(reopened?.completedAt).toBeUndefined();
    expect(reopened?.reopenedAt).toEqual([Date.parse('2026-10-22T09:00:00Z')]);
    const again = items.get('asana:203');
    expect(again?.completedAt).toBe(Date.parse('2026-11-10T12:00:00Z'));
    expect(again?.reopenedAt).toEqual([Date.parse('2026-10-27T09:00:00Z')]);
    expect(items.get('asana:301')?.customFields['Spec link']).toBe('https://www.notion.so/Checkout-redesign-aaa111');
  });

  it('reads story points and sprints (sections with dates, in the data source time zone)', async () => {
    const { records } = await source().fetch(WINDOW, ['workItems', 'sprints'], testContext().context);
    const items = byId(records.workItems);
    expect(items.get('asana:401')?.points).toBe(3);
    expect(items.get('asana:401')?.sprint).toBe('asana:sprint:Sprint 1 (2026-10-05 – 2026-10-16)');
    expect(
      records.sprints?.map((s) => [
        s.name,
        new Date(s.startAt).toISOString(),
        new Date(s.endAt).toISOString(),
        s.plannedItemIds.length,
      ])
    ).toEqual([
      ['Sprint 1 (2026-10-05 – 2026-10-16)', '2026-10-04T22:00:00.000Z', '2026-10-16T22:00:00.000Z', 2],
      ['Sprint 2 (2026-10-19 – 2026-10-30)', '2026-10-18T22:00:00.000Z', '2026-10-30T23:00:00.000Z', 2],
    ]);
  });

  it('counts each upstream request, then serves a repeat from the cache', async () => {
    const asana = source();
    const first = testContext();
    await asana.fetch(WINDOW, ['workItems'], first.context);
    expect(first.telemetry.upstream).toBe(log.requests.length);
    const second = testContext();
    await asana.fetch(WINDOW, ['workItems'], second.context);
    expect(second.telemetry.upstream).toBe(0);
    expect(second.telemetry.hits).toBeGreaterThan(0);
  });

  it('coalesces identical requests in flight', async () => {
    const asana = source();
    const { context, telemetry } = testContext();
    await Promise.all([asana.fetch(WINDOW, ['workItems'], context), asana.fetch(WINDOW, ['workItems'], context)]);
    const unique = new Set(log.requests).size;
    expect(log.requests.length).toBe(unique);
    expect(telemetry.upstream).toBe(unique);
  });

  it('does not cache when the TTL is 0', async () => {
    const asana = source(SCENARIO_ASANA, 0);
    await asana.fetch(WINDOW, ['workItems'], testContext().context);
    const { context, telemetry } = testContext();
    await asana.fetch(WINDOW, ['workItems'], context);
    expect(telemetry.upstream).toBeGreaterThan(0);
  });

  it('sprints alone (sprint buckets of another metric) ask only the sprint project', async () => {
    const { records } = await source().fetch(WINDOW, ['sprints'], testContext().context);
    expect(records.workItems).toBeUndefined();
    expect(records.sprints).toHaveLength(2);
    expect(log.requests.filter((r) => r.startsWith('GET /projects/') && !r.startsWith('GET /projects/1004'))).toEqual(
      []
    );
  });

  it('tasks of the incidents_mtd project become incidents (severity from the Severity field), not work items', async () => {
    const { records } = await source().fetch(WINDOW, ['workItems', 'incidents'], testContext().context);
    expect(records.incidents?.map((i) => [i.id, i.severity, i.resolvedAt !== undefined])).toEqual([
      ['asana:601', 'critical', true],
      ['asana:602', 'low', false],
      ['asana:603', 'high', true],
    ]);
    expect(records.workItems?.some((i) => i.id === 'asana:601')).toBe(false);
  });
});
