import { Root } from 'protobufjs';

import { testSourceContext } from '../../plugin/testing/testContext';
import { byId, SyncHarness } from '../_lib/testing/syncHarness';
import { createGa4Source } from './index';
import { fixture, startGa4Double, TEST_PROPERTY, testKeyJson, type Ga4Double, type Ga4Row } from './testing/ga4Double';
import type { SyncableSource } from '../types';

const DAY = 86_400_000;
const BACKFILL_FROM = Date.UTC(2026, 6, 1, 9);
const NOW = Date.UTC(2026, 10, 26, 12);
const descriptors = require('@google-analytics/data/build/protos/protos.json') as Parameters<typeof Root.fromJSON>[0];
const RunReportResponse = Root.fromJSON(descriptors).lookupType('google.analytics.data.v1beta.RunReportResponse');

let double: Ga4Double;
beforeEach(async () => {
  double = await startGa4Double();
  double.rows.push(
    row('20260701', 'desktop', 'Direct', 7),
    row('20260815', 'mobile', 'Organic Search', 30),
    row('20261125', 'desktop', 'Direct', 40),
    row('20261125', 'mobile', 'Direct', 20),
    row('20261126', 'desktop', 'Direct', 5)
  );
});
afterEach(() => double.close());

function row(date: string, device: string, channel: string, sessions: number): Ga4Row {
  const metrics = [sessions, sessions - 1, sessions * 3, 60, 0.5].map(String);
  return {
    dimensionValues: [date, device, channel].map((value) => ({ value })),
    metricValues: metrics.map((value) => ({ value })),
  };
}

function source(): SyncableSource {
  const settings = {
    jsonData: { ga4: { enabled: true, propertyId: TEST_PROPERTY, apiEndpoint: `127.0.0.1:${double.port}` } },
    secrets: { ga4ServiceAccountKey: testKeyJson() },
  };
  return createGa4Source(settings) as SyncableSource;
}

const ranges = () => double.requests.map((r) => (r.body.dateRanges as unknown[])[0]);
const id = (day: string, device: string, channel: string) => `ga4:${TEST_PROPERTY}:${day}:${device}:${channel}`;

async function backfilled() {
  const store = new SyncHarness(BACKFILL_FROM, ['webTraffic']);
  await store.run(source(), testSourceContext(NOW));
  double.requests.length = 0;
  return store;
}

describe('Ga4Source.sync', () => {
  it('the double answers valid RunReportResponses with the added rows', () => {
    const report = { ...(fixture('runReport.json') as object), rows: double.rows, rowCount: double.rows.length };
    expect(RunReportResponse.verify(RunReportResponse.fromObject(report))).toBeNull();
  });

  it('backfills in 30-day reports, one batch each, and the store then holds exactly what fetch returns', async () => {
    const store = new SyncHarness(BACKFILL_FROM, ['webTraffic']);
    const context = testSourceContext(NOW);
    const batches = await store.run(source(), context);
    // 2026-07-01 … 2026-11-26 is 149 days: 5 reports.
    expect(batches.map((b) => b.progress)).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(batches.map((b) => b.done)).toEqual([false, false, false, false, true]);
    expect(ranges()).toEqual([
      { startDate: '2026-07-01', endDate: '2026-07-30' },
      { startDate: '2026-07-31', endDate: '2026-08-29' },
      { startDate: '2026-08-30', endDate: '2026-09-28' },
      { startDate: '2026-09-29', endDate: '2026-10-28' },
      { startDate: '2026-10-29', endDate: '2026-11-26' },
    ]);
    expect(context.upstream).toHaveLength(5);
    expect(batches[0].replace).toEqual([
      { kind: 'webTraffic', window: { from: Date.UTC(2026, 6, 1, 7), to: Date.UTC(2026, 6, 31, 7) } },
    ]);
    expect(batches[0].notices?.[0].text).toMatch(/^GA4 report is sampled/);
    expect(store.all('webTraffic')).toHaveLength(9);

    const fetched = await source().fetch({ from: BACKFILL_FROM, to: NOW }, ['webTraffic'], testSourceContext(NOW));
    expect(store.all('webTraffic')).toEqual(byId(fetched.records.webTraffic));
  });

  it('each later run re-reads the last 3 days in one report and replaces them: changed and removed rows show', async () => {
    const store = await backfilled();
    double.rows = double.rows.filter(
      (r) => !(r.dimensionValues[0].value === '20261125' && r.dimensionValues[1].value === 'mobile')
    );
    double.rows = double.rows.map((r) =>
      r.dimensionValues[0].value === '20261126' ? row('20261126', 'desktop', 'Direct', 55) : r
    );
    double.rows.push(row('20261127', 'tablet', 'Referral', 3));
    const context = testSourceContext(NOW + DAY);
    const [batch, ...more] = await store.run(source(), context);
    expect(more).toEqual([]);
    expect(context.upstream).toEqual(['ga4']);
    expect(ranges()).toEqual([{ startDate: '2026-11-25', endDate: '2026-11-27' }]);
    // 2026-11-25 00:00 to 2026-11-28 00:00 in America/Los_Angeles.
    expect(batch.replace).toEqual([
      { kind: 'webTraffic', window: { from: Date.UTC(2026, 10, 25, 8), to: Date.UTC(2026, 10, 28, 8) } },
    ]);
    const stored = new Map(store.all('webTraffic').map((r) => [r.id, r]));
    expect(stored.has(id('20261125', 'mobile', 'Direct'))).toBe(false);
    expect(stored.get(id('20261126', 'desktop', 'Direct'))?.sessions).toBe(55);
    expect(stored.has(id('20261127', 'tablet', 'Referral'))).toBe(true);
    const fetched = await source().fetch(
      { from: BACKFILL_FROM, to: NOW + DAY },
      ['webTraffic'],
      testSourceContext(NOW + DAY)
    );
    expect(store.all('webTraffic')).toEqual(byId(fetched.records.webTraffic));
  });

  it('a run with nothing changed upstream rewrites only the trailing days, with the same rows', async () => {
    const store = await backfilled();
    const before = store.all('webTraffic');
    const [batch] = await store.run(source(), testSourceContext(NOW + DAY));
    expect(batch.upserts.webTraffic?.map((r) => r.id).sort()).toEqual([
      id('20261125', 'desktop', 'Direct'),
      id('20261125', 'mobile', 'Direct'),
      id('20261126', 'desktop', 'Direct'),
    ]);
    expect(store.all('webTraffic')).toEqual(before);
  });

  it('resumes a backfill after its last committed report; a long pause is caught up in 30-day reports', async () => {
    const store = new SyncHarness(BACKFILL_FROM, ['webTraffic']);
    await store.run(source(), testSourceContext(NOW), { stopAfter: 2 });
    expect(JSON.parse(store.cursor ?? '{}')).toEqual({ v: 1, through: '2026-08-29', complete: false });
    double.requests.length = 0;
    const rest = await store.run(source(), testSourceContext(NOW + 3_600_000));
    expect(rest.map((b) => b.done)).toEqual([false, false, true]);
    expect(ranges()[0]).toEqual({ startDate: '2026-08-30', endDate: '2026-09-28' });
    expect(store.all('webTraffic')).toEqual((await backfilled()).all('webTraffic'));

    await store.run(source(), testSourceContext(NOW + 40 * DAY));
    expect(ranges()).toEqual([
      { startDate: '2026-11-27', endDate: '2026-12-26' },
      { startDate: '2026-12-27', endDate: '2027-01-05' },
    ]);
  });

  it('stops and throws when the signal aborts, leaving the last committed cursor', async () => {
    const store = new SyncHarness(BACKFILL_FROM, ['webTraffic']);
    const controller = new AbortController();
    const context = { ...testSourceContext(NOW), signal: controller.signal };
    await expect(
      store.run(source(), context, { afterBatch: () => controller.abort(new Error('budget')) })
    ).rejects.toThrow('budget');
    expect(JSON.parse(store.cursor ?? '{}')).toEqual({ v: 1, through: '2026-07-30', complete: false });
  });

  it('a GA4 error fails the run as fetch reports it', async () => {
    double.failWith(403, 'error403.json');
    const store = new SyncHarness(BACKFILL_FROM, ['webTraffic']);
    await expect(store.run(source(), testSourceContext(NOW))).rejects.toThrow(`cannot read property ${TEST_PROPERTY}`);
    expect(store.cursor).toBeUndefined();
  });
});
