import { Client } from '@hubspot/api-client';
import { testSourceContext } from '../../plugin/testing/testContext';
import { QueryError } from '../../protocol/errors';
import { HubSpotSource } from './hubSpotSource';
import { createHubSpotSource } from './index';
import { hubSpotConfig } from './settings';
import { startHubSpotDouble, TEST_TOKEN, type HubSpotDouble } from './testing/hubSpotDouble';

const WINDOW = { from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 11, 1) };
const NOW = Date.UTC(2026, 10, 26, 12);

let double: HubSpotDouble;
let slept: number[];
beforeEach(async () => {
  double = await startHubSpotDouble();
  slept = [];
});
afterEach(() => double.close());

function source(token = TEST_TOKEN, basePath = double.basePath) {
  const settings = { jsonData: { cacheTtlSeconds: 300, hubspot: { enabled: true, basePath } }, secrets: { hubspotToken: token } };
  return new HubSpotSource(hubSpotConfig(settings), { sleep: async (ms) => void slept.push(ms) });
}

async function errorOf(promise: Promise<unknown>): Promise<QueryError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  );
  if (!(err instanceof QueryError)) {
    throw new Error(`expected a QueryError, got ${String(err)}`);
  }
  return err;
}

describe('HubSpot source against a local API double (real SDK)', () => {
  it('maps the DAY histogram to one EmailStatsRow per day, including a day with nothing delivered', async () => {
    const result = await source().fetch(WINDOW, ['emailStats'], testSourceContext(NOW));
    expect(result.records.emailStats).toEqual([
      { id: 'hubspot:all:2026-11-10', source: 'hubspot', date: Date.UTC(2026, 10, 10), emailId: 'all', sent: 1000, delivered: 980, opens: 294, clicks: 49, bounces: 20, unsubscribes: 3 },
      { id: 'hubspot:all:2026-11-11', source: 'hubspot', date: Date.UTC(2026, 10, 11), emailId: 'all', sent: 40, delivered: 0, opens: 0, clicks: 0, bounces: 40, unsubscribes: 0 },
      { id: 'hubspot:all:2026-11-12', source: 'hubspot', date: Date.UTC(2026, 10, 12), emailId: 'all', sent: 500, delivered: 500, opens: 100, clicks: 10, bounces: 0, unsubscribes: 1 },
    ]);
    expect(result.meta).toEqual({ interval: 'DAY', days: 3 });
    const [request] = double.requests;
    expect(request.path).toBe('/marketing/v3/emails/statistics/histogram');
    expect(Object.fromEntries(request.query)).toEqual({ interval: 'DAY', startTimestamp: '2026-11-01T00:00:00.000Z', endTimestamp: '2026-12-01T00:00:00.000Z' });
    expect(request.authorization).toBe(`Bearer ${TEST_TOKEN}`);
  });

  it('gives each data source its own client: another SDK client with retries changes nothing for ours', async () => {
    const ours = source();
    await ours.fetch({ from: WINDOW.from, to: WINDOW.from + 1 }, ['emailStats'], testSourceContext(NOW));
    // Some other code builds a client that asks the SDK for retries (its decorators are process-wide).
    void new Client({ accessToken: 'other', numberOfApiCallRetries: 6 }).marketing.emails.statisticsApi;
    double.failWith(502, 'error502.json');
    const context = testSourceContext(NOW);
    await ours.fetch(WINDOW, ['emailStats'], context);
    expect(context.upstream).toEqual(['hubspot', 'hubspot']);
    expect(slept).toEqual([200]);
    expect(double.requests).toHaveLength(3);
  });

  it('two data sources with different tokens and base paths never share a client', async () => {
    const other = await startHubSpotDouble();
    await Promise.all([source().fetch(WINDOW, ['emailStats'], testSourceContext(NOW)), source('pat-other', other.basePath).fetch(WINDOW, ['emailStats'], testSourceContext(NOW)).catch(() => undefined)]);
    expect(double.requests.map((r) => r.authorization)).toEqual([`Bearer ${TEST_TOKEN}`]);
    expect(other.requests.map((r) => r.authorization)).toEqual(['Bearer pat-other']);
    await other.close();
  });

  it('waits out TEN_SECONDLY_ROLLING 429s and retries', async () => {
    double.failWith(429, 'error429TenSecondly.json', 2);
    const context = testSourceContext(NOW);
    const result = await source().fetch(WINDOW, ['emailStats'], context);
    expect(result.records.emailStats).toHaveLength(3);
    expect(slept).toEqual([10_000, 10_000]);
    expect(context.upstream).toHaveLength(3);
  });

  it('uses Retry-After when HubSpot sends it, and gives up once the wait budget is spent', async () => {
    double.failWith(429, 'error429TenSecondly.json', 5, { 'retry-after': '10' });
    const err = await errorOf(source().fetch(WINDOW, ['emailStats'], testSourceContext(NOW)));
    expect([err.status, err.message]).toEqual([429, 'HubSpot rate limit still reached after retries; open fewer panels at once or raise the cache TTL']);
    expect(slept).toEqual([10_000, 10_000]);
  });

  it('fails at once on the DAILY limit, saying when it resets', async () => {
    double.failWith(429, 'error429Daily.json');
    const err = await errorOf(source().fetch(WINDOW, ['emailStats'], testSourceContext(NOW)));
    expect([err.status, err.source, err.message]).toEqual([429, 'downstream', "HubSpot daily API limit reached; it resets at midnight in the HubSpot account's time zone"]);
    expect(double.requests).toHaveLength(1);
    expect(slept).toEqual([]);
  });

  it.each([
    ['a wrong token', 'pat-wrong', undefined, 401, 'HubSpot rejected the private app token'],
    ['a missing scope', TEST_TOKEN, 'error403.json', 403, 'lacks the "content" scope'],
    ['persistent 5xx', TEST_TOKEN, 'error502.json', 502, 'HubSpot is unavailable right now (HTTP 502)'],
  ])('%s → an actionable downstream error without the token', async (_what, token, failure, status, text) => {
    if (failure) {
      double.failWith(status, failure, 3);
    }
    const err = await errorOf(source(token).fetch(WINDOW, ['emailStats'], testSourceContext(NOW)));
    expect([err.status, err.source]).toEqual([status, 'downstream']);
    expect(err.message).toContain(text);
    expect(err.message).not.toContain(token);
  });

  it('reports an unreachable base path as 502', async () => {
    const basePath = double.basePath;
    await double.close();
    const err = await errorOf(source(TEST_TOKEN, basePath).fetch(WINDOW, ['emailStats'], testSourceContext(NOW)));
    expect([err.status, err.message]).toEqual([502, 'HubSpot: cannot reach the API; check the network or the base path setting']);
    double = await startHubSpotDouble();
  });

  it('reports a cancelled request as 504', async () => {
    double.delayMs = 300;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const err = await errorOf(source().fetch(WINDOW, ['emailStats'], { ...testSourceContext(NOW), signal: controller.signal }));
    expect(err.status).toBe(504);
  });

  it('caches for the TTL and coalesces identical in-flight requests; errors are not cached', async () => {
    const s = source();
    double.failWith(403, 'error403.json');
    await errorOf(s.fetch(WINDOW, ['emailStats'], testSourceContext(NOW)));
    double.delayMs = 30;
    const context = testSourceContext(NOW);
    await Promise.all([s.fetch(WINDOW, ['emailStats'], context), s.fetch(WINDOW, ['emailStats'], context)]);
    await s.fetch(WINDOW, ['emailStats'], testSourceContext(NOW + 60_000));
    expect(double.requests).toHaveLength(2);
    expect(context.hits).toEqual(['hubspot']);
  });

  it('checkHealth asks for a 1-day histogram', async () => {
    expect(await source().checkHealth(testSourceContext(NOW))).toEqual({ status: 'ok', message: 'HubSpot: marketing email statistics readable (0 emails sent in the last 24 hours)' });
    expect(Object.fromEntries(double.requests[0].query)).toEqual({ interval: 'DAY', startTimestamp: '2026-11-25T12:00:00.000Z', endTimestamp: '2026-11-26T12:00:00.000Z' });
    expect(await source('pat-wrong').checkHealth(testSourceContext(NOW))).toEqual({ status: 'error', message: expect.stringContaining('HubSpot rejected the private app token') });
    expect(await createHubSpotSource({ jsonData: { hubspot: { enabled: true } }, secrets: {} }).checkHealth(testSourceContext(NOW))).toEqual({
      status: 'error',
      message: expect.stringContaining('no private app token'),
    });
  });

  it('serves GET sources/hubspot/campaigns from the statistics list', async () => {
    const body = await source().resource({ path: ['campaigns'], query: new URLSearchParams() }, testSourceContext(NOW));
    expect(body).toEqual({
      from: NOW - 30 * 86_400_000,
      to: NOW,
      emails: ['101', '102', '103'],
      campaigns: [
        { id: '5f1c1d0e-0000-4000-8000-00000000000a', sent: 1000, delivered: 980, opens: 294, clicks: 49, bounces: 20, unsubscribes: 3 },
        { id: '5f1c1d0e-0000-4000-8000-00000000000b', sent: 540, delivered: 500, opens: 100, clicks: 10, bounces: 40, unsubscribes: 1 },
      ],
      total: { sent: 1540, delivered: 1480, opens: 394, clicks: 59, bounces: 60, unsubscribes: 4 },
    });
    expect(double.requests[0].path).toBe('/marketing/v3/emails/statistics/list');
    expect(await source().resource({ path: ['nope'], query: new URLSearchParams() }, testSourceContext(NOW))).toBeUndefined();
  });

  it('fetches nothing for kinds it does not provide, and reports bad settings as plugin errors', async () => {
    expect(await source().fetch(WINDOW, ['webTraffic'], testSourceContext(NOW))).toEqual({ records: {}, notices: [] });
    const bad = createHubSpotSource({ jsonData: { hubspot: { enabled: true, basePath: 'ftp:/x' } }, secrets: { hubspotToken: 't' } });
    const err = await errorOf(bad.fetch(WINDOW, ['emailStats'], testSourceContext(NOW)));
    expect([err.status, err.source]).toEqual([400, 'plugin']);
    expect(double.requests).toHaveLength(0);
  });
});
