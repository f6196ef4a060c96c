import { ObjectSerializer } from '@hubspot/api-client/lib/codegen/marketing/emails/models/ObjectSerializer';

import { testSourceContext } from '../../plugin/testing/testContext';
import { byId, SyncHarness } from '../_lib/testing/syncHarness';
import type { EmailHistogram } from './client';
import { HubSpotSource } from './hubSpotSource';
import { histogramSchema } from './schemas';
import { hubSpotConfig } from './settings';
import { chunks } from './sync';
import { startHubSpotDouble, TEST_TOKEN, type HistogramInterval, type HubSpotDouble } from './testing/hubSpotDouble';

const DAY = 86_400_000;
const BACKFILL_FROM = Date.UTC(2026, 7, 1, 9);
const NOW = Date.UTC(2026, 10, 26, 12);

let double: HubSpotDouble;
beforeEach(async () => {
  double = await startHubSpotDouble();
  double.intervals.push(
    day('2026-08-01', 300, 90),
    day('2026-09-15', 200, 40),
    day('2026-11-20', 1000, 150),
    day('2026-11-26', 50, 2)
  );
});
afterEach(() => double.close());

function day(date: string, sent: number, opens: number): HistogramInterval {
  const start = `${date}T00:00:00Z`;
  const end = new Date(Date.parse(start) + DAY).toISOString().replace('.000', '');
  const counters = {
    sent,
    delivered: sent,
    open: opens,
    click: Math.floor(opens / 5),
    bounce: 0,
    unsubscribed: 0,
    spamreport: 0,
    dropped: 0,
  };
  return { interval: { start, end }, aggregations: { counters } };
}

function source(): HubSpotSource {
  const settings = {
    jsonData: { hubspot: { enabled: true, basePath: double.basePath } },
    secrets: { hubspotToken: TEST_TOKEN },
  };
  return new HubSpotSource(hubSpotConfig(settings), { sleep: async () => undefined });
}

const windows = () => double.requests.map((r) => [r.query.get('startTimestamp'), r.query.get('endTimestamp')]);
const iso = (at: number) => new Date(at).toISOString();

async function backfilled() {
  const store = new SyncHarness(BACKFILL_FROM, ['emailStats']);
  await store.run(source(), testSourceContext(NOW));
  double.requests.length = 0;
  return store;
}

describe('HubSpotSource.sync', () => {
  it('the double answers histograms the SDK models accept, with the added days', () => {
    const model: EmailHistogram = ObjectSerializer.deserialize(
      { total: double.intervals.length, results: double.intervals },
      'CollectionResponseWithTotalEmailStatisticIntervalNoPaging',
      ''
    );
    expect(histogramSchema.safeParse(model).success).toBe(true);
  });

  it('backfills in 30-day histograms replacing their windows, and the store then holds exactly what fetch returns', async () => {
    const store = new SyncHarness(BACKFILL_FROM, ['emailStats']);
    const context = testSourceContext(NOW);
    const batches = await store.run(source(), context);
    expect(windows()).toEqual([
      [iso(BACKFILL_FROM), '2026-08-31T00:00:00.000Z'],
      ['2026-08-31T00:00:00.000Z', '2026-09-30T00:00:00.000Z'],
      ['2026-09-30T00:00:00.000Z', '2026-10-30T00:00:00.000Z'],
      ['2026-10-30T00:00:00.000Z', iso(NOW)],
    ]);
    expect(context.upstream).toHaveLength(4);
    expect(batches.map((b) => [b.done, b.progress])).toEqual([
      [false, 0.25],
      [false, 0.5],
      [false, 0.75],
      [true, 1],
    ]);
    expect(batches[3].replace).toEqual([{ kind: 'emailStats', window: { from: Date.UTC(2026, 9, 30), to: NOW } }]);
    // 2026-08-01 starts before the backfill's 09:00, like fetch leaves it out.
    expect(store.all('emailStats').map((r) => r.id)).toEqual(
      ['2026-09-15', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-20', '2026-11-26'].map(
        (d) => `hubspot:all:${d}`
      )
    );
    const fetched = await source().fetch({ from: BACKFILL_FROM, to: NOW }, ['emailStats'], testSourceContext(NOW));
    expect(store.all('emailStats')).toEqual(byId(fetched.records.emailStats));
  });

  it('each later run re-reads the last 30 days in one request: late opens and removed days show', async () => {
    const store = await backfilled();
    double.intervals = double.intervals
      .filter((i) => !i.interval.start.startsWith('2026-11-11'))
      .map((i) => (i.interval.start.startsWith('2026-11-20') ? day('2026-11-20', 1000, 420) : i));
    const context = testSourceContext(NOW + DAY);
    const [batch, ...more] = await store.run(source(), context);
    expect(more).toEqual([]);
    expect(context.upstream).toEqual(['hubspot']);
    expect(windows()).toEqual([['2026-10-29T00:00:00.000Z', iso(NOW + DAY)]]);
    expect(batch.replace).toEqual([{ kind: 'emailStats', window: { from: Date.UTC(2026, 9, 29), to: NOW + DAY } }]);
    const stored = new Map(store.all('emailStats').map((r) => [r.id, r]));
    expect(stored.has('hubspot:all:2026-11-11')).toBe(false);
    expect(stored.get('hubspot:all:2026-11-20')?.opens).toBe(420);
    expect(stored.has('hubspot:all:2026-09-15')).toBe(true);
    const fetched = await source().fetch(
      { from: BACKFILL_FROM, to: NOW + DAY },
      ['emailStats'],
      testSourceContext(NOW + DAY)
    );
    expect(store.all('emailStats')).toEqual(byId(fetched.records.emailStats));
  });

  it('a run with nothing changed upstream rewrites only the trailing window, with the same rows', async () => {
    const store = await backfilled();
    const before = store.all('emailStats');
    const [batch] = await store.run(source(), testSourceContext(NOW + DAY));
    expect(batch.upserts.emailStats?.map((r) => r.id)).toEqual(
      ['2026-11-10', '2026-11-11', '2026-11-12', '2026-11-20', '2026-11-26'].map((d) => `hubspot:all:${d}`)
    );
    expect(store.all('emailStats')).toEqual(before);
  });

  it('resumes a backfill at the end of its last committed window', async () => {
    const store = new SyncHarness(BACKFILL_FROM, ['emailStats']);
    await store.run(source(), testSourceContext(NOW), { stopAfter: 1 });
    expect(JSON.parse(store.cursor ?? '{}')).toEqual({ v: 1, readTo: Date.UTC(2026, 7, 31), complete: false });
    double.requests.length = 0;
    const rest = await store.run(source(), testSourceContext(NOW));
    expect(rest.map((b) => b.done)).toEqual([false, false, true]);
    expect(windows()[0]).toEqual(['2026-08-31T00:00:00.000Z', '2026-09-30T00:00:00.000Z']);
    expect(store.all('emailStats')).toEqual((await backfilled()).all('emailStats'));
  });

  it('stops and throws when the signal aborts, leaving the last committed cursor', async () => {
    const store = new SyncHarness(BACKFILL_FROM, ['emailStats']);
    const controller = new AbortController();
    const context = { ...testSourceContext(NOW), signal: controller.signal };
    await expect(
      store.run(source(), context, { afterBatch: () => controller.abort(new Error('shutdown')) })
    ).rejects.toThrow('shutdown');
    expect(JSON.parse(store.cursor ?? '{}')).toMatchObject({ readTo: Date.UTC(2026, 7, 31), complete: false });
  });

  it('a HubSpot error fails the run as fetch reports it', async () => {
    double.failWith(401, 'error401.json');
    await expect(
      new SyncHarness(BACKFILL_FROM, ['emailStats']).run(source(), testSourceContext(NOW))
    ).rejects.toMatchObject({ name: 'QueryError', status: 401 });
  });

  it('chunks after the first start at UTC midnights', () => {
    expect(chunks(Date.UTC(2026, 0, 1, 9), Date.UTC(2026, 1, 5, 12))).toEqual([
      { from: Date.UTC(2026, 0, 1, 9), to: Date.UTC(2026, 0, 31) },
      { from: Date.UTC(2026, 0, 31), to: Date.UTC(2026, 1, 5, 12) },
    ]);
    expect(chunks(NOW, NOW)).toEqual([]);
  });
});
