/**
 * The six metrics computed by the engine from what the Asana and Notion doubles answer, month buckets in
 * Europe/Berlin. The Go host e2e tests (tests/grafana-host/e2e/asana_test.go) expect the same numbers.
 */
import { setupServer } from 'msw/node';

import type { RecordSet } from '../../../common/records';
import { computeMetric, defaultEngineOptions } from '../../engine';
import type { MetricRequest } from '../../engine/types';
import { notionHandlers } from '../notion/testing/notionDoubleHandlers';
import { notionTestSource } from '../notion/testing/notionTestSource';
import { AsanaSource } from './asanaSource';
import { createAsanaClient } from './client';
import { AsanaRequester } from './requester';
import { asanaHandlers, ASANA_TEST_TOKEN, ASANA_TEST_URL } from './testing/asanaDouble';
import { SCENARIO_ASANA, testContext } from './testing/scenario';

const server = setupServer(...asanaHandlers({ requests: [] }), ...notionHandlers({ requests: [], bodies: [] }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const FROM = Date.UTC(2026, 8, 30, 22); // 2026-10-01 00:00 Berlin
const TO = Date.UTC(2026, 10, 25, 23); // 2026-11-26 00:00 Berlin
const OCT = FROM;
const NOV = Date.UTC(2026, 9, 31, 23);

async function records(): Promise<{ records: RecordSet }> {
  const asana = new AsanaSource(
    SCENARIO_ASANA,
    new AsanaRequester(createAsanaClient({ token: ASANA_TEST_TOKEN, apiUrl: ASANA_TEST_URL, timeoutMs: 5000 }), 0),
    'Europe/Berlin'
  );
  const a = await asana.fetch({ from: FROM, to: TO }, ['workItems', 'sprints', 'incidents'], testContext().context);
  const n = await notionTestSource().fetch({ from: FROM, to: TO }, ['documents'], testContext().context);
  return { records: { ...a.records, ...n.records } };
}

const request = (metricId: string, bucket: MetricRequest['bucket'] = 'month'): MetricRequest => ({
  metricId,
  from: FROM,
  to: TO,
  timezone: 'Europe/Berlin',
  bucket,
  groupBy: 'none',
  filters: {},
  comparison: 'none',
  baselinePeriods: 0,
  options: defaultEngineOptions,
});

describe('known answers from the doubles (Europe/Berlin months)', () => {
  it.each([
    // Task 101 entered "Scoped" at 2026-10-31T23:30Z = 1 Nov 00:30 in Berlin: November, not October.
    ['features_fully_scoped', 1, 1],
    // 204 completed 2026-09-30T22:30Z = 1 Oct Berlin; 202 completed then reopened (not counted); 203 reopened and completed again in Nov.
    ['bizsup_completed', 2, 1],
    // "Checkout redesign" is both Asana task 301 and a Notion page (linked by URL): counted once.
    ['prds_generated', 1, 1],
    ['fsds_generated', 1, 2],
    ['sprint_velocity', 16, 0],
    // Open at each month end: Oct 501, 502, 503 (reopened 25 Oct); Nov 501, 503.
    ['tech_debt_open', 3, 2],
    // Asana incident 601 opened 2026-10-31T23:30Z = 1 Nov in Berlin; 603 in October; 602 in November.
    ['incidents_mtd', 1, 2],
  ])('%s: October %d, November %d', async (metricId, october, november) => {
    const { records: set } = await records();
    const result = computeMetric(set, request(metricId));
    const points = result.series[0].points;
    expect(points.map((p) => [p.time, p.value])).toEqual([
      [OCT, october],
      [NOV, november],
    ]);
  });

  it('the duplicated PRD is merged and the notice says so', async () => {
    const { records: set } = await records();
    expect(computeMetric(set, request('prds_generated')).notices.map((n) => n.text)).toContain(
      'Merged 1 PRD(s) tracked in both Asana and Notion (1 by link, 0 by title within 14 days).'
    );
  });

  it('sprint velocity per sprint: 8 points in each', async () => {
    const { records: set } = await records();
    const points = computeMetric(set, request('sprint_velocity', 'sprint')).series[0].points;
    expect(points.map((p) => p.value)).toEqual([8, 8]);
  });
});
