import { testSourceContext } from '../../plugin/testing/testContext';
import { QueryError } from '../../protocol/errors';
import { createGa4Client } from './client';
import { createGa4Source } from './index';
import { runPagedReport, trafficReportRequest } from './report';
import { ga4Config, type Ga4Config } from './settings';
import { startGa4Double, TEST_PROPERTY, testKeyJson, type Ga4Double } from './testing/ga4Double';

const WINDOW = { from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 11, 1) };
const NOW = Date.UTC(2026, 10, 26, 11, 20);
const CLIENT_EMAIL = 'kpi-reader@teammetrics-test.iam.gserviceaccount.com';

let double: Ga4Double;
beforeEach(async () => {
  double = await startGa4Double();
});
afterEach(() => double.close());

function settings(extra: Record<string, unknown> = {}) {
  return {
    jsonData: { cacheTtlSeconds: 300, ga4: { enabled: true, propertyId: TEST_PROPERTY, apiEndpoint: `127.0.0.1:${double.port}`, ...extra } },
    secrets: { ga4ServiceAccountKey: testKeyJson() },
  };
}

function config(): Ga4Config {
  const parsed = ga4Config(settings());
  if (!parsed.ok) {
    throw new Error(parsed.problem);
  }
  return parsed.config;
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

describe('GA4 source against a local Data API double (REST mode, real SDK)', () => {
  it('maps the report to WebTrafficRows at the start of the day in the property time zone', async () => {
    const source = createGa4Source(settings());
    const result = await source.fetch(WINDOW, ['webTraffic'], testSourceContext(NOW));
    const rows = result.records.webTraffic ?? [];
    expect(rows).toHaveLength(4);
    // 2026-11-10 00:00 in America/Los_Angeles (PST, UTC-8)
    expect(rows[0]).toEqual({
      id: `ga4:${TEST_PROPERTY}:20261110:desktop:Organic Search`,
      source: 'ga4',
      date: Date.UTC(2026, 10, 10, 8),
      device: 'desktop',
      channel: 'Organic Search',
      sessions: 100,
      users: 80,
      pageviews: 300,
      avgSessionDuration: 120,
      engagedSessions: 60,
    });
    expect(rows.map((r) => r.sessions)).toEqual([100, 50, 200, 100]);
    source.dispose();
  });

  it('sends the documented runReport request with a self-signed service-account JWT, in REST mode', async () => {
    const source = createGa4Source(settings());
    await source.fetch(WINDOW, ['webTraffic'], testSourceContext(NOW));
    expect(double.requests).toHaveLength(1);
    const [request] = double.requests;
    expect(request.path).toBe(`/v1beta/properties/${TEST_PROPERTY}:runReport`);
    expect(request.jwtIssuer).toBe(CLIENT_EMAIL);
    expect(request.userAgent).toMatch(/rest\//);
    expect(request.body).toMatchObject({
      dimensions: [{ name: 'date' }, { name: 'deviceCategory' }, { name: 'sessionDefaultChannelGroup' }],
      metrics: ['sessions', 'totalUsers', 'screenPageViews', 'averageSessionDuration', 'engagementRate'].map((name) => ({ name })),
      dateRanges: [{ startDate: '2026-11-01', endDate: '2026-11-30' }],
      returnPropertyQuota: true,
    });
    source.dispose();
  });

  it('adds pagePath when asked', async () => {
    const source = createGa4Source(settings({ includePagePath: true }));
    await source.fetch(WINDOW, ['webTraffic'], testSourceContext(NOW));
    expect(double.requests[0].body.dimensions).toContainEqual({ name: 'pagePath' });
    source.dispose();
  });

  it('turns sampling into a notice and the property quota into meta', async () => {
    const source = createGa4Source(settings());
    const result = await source.fetch(WINDOW, ['webTraffic'], testSourceContext(NOW));
    expect(result.notices).toEqual([{ severity: 'warning', text: expect.stringMatching(/^GA4 report is sampled: .*25% of 1,000,000 events/) }]);
    expect(result.meta).toMatchObject({
      propertyId: TEST_PROPERTY,
      timeZone: 'America/Los_Angeles',
      sampled: true,
      thresholded: false,
      rowCount: 4,
      quota: { tokensPerHour: { consumed: 12, remaining: 39964 }, tokensPerDay: { consumed: 12, remaining: 199876 } },
    });
    source.dispose();
  });

  it('pages with limit/offset until rowCount', async () => {
    const client = createGa4Client(config());
    const context = testSourceContext(NOW);
    const pages = await runPagedReport(client, trafficReportRequest(WINDOW, false), context, 3);
    expect(pages.map((p) => p.rows?.length)).toEqual([3, 1]);
    expect(double.requests.map((r) => [Number(r.body.limit), Number(r.body.offset ?? 0)])).toEqual([
      [3, 0],
      [3, 3],
    ]);
    expect(context.upstream).toEqual(['ga4', 'ga4']);
    client.close();
  });

  it('caches for the TTL and coalesces identical in-flight requests', async () => {
    const source = createGa4Source(settings());
    double.delayMs = 50;
    const context = testSourceContext(NOW);
    await Promise.all([source.fetch(WINDOW, ['webTraffic'], context), source.fetch(WINDOW, ['webTraffic'], context)]);
    await source.fetch(WINDOW, ['webTraffic'], testSourceContext(NOW + 299_000));
    expect(double.requests).toHaveLength(1);
    expect(context.upstream).toEqual(['ga4']);
    expect(context.hits).toEqual(['ga4']);
    await source.fetch(WINDOW, ['webTraffic'], testSourceContext(NOW + 301_000));
    expect(double.requests).toHaveLength(2);
    source.dispose();
  });

  it('fetches nothing for kinds it does not provide', async () => {
    const source = createGa4Source(settings());
    expect(await source.fetch(WINDOW, ['emailStats'], testSourceContext(NOW))).toEqual({ records: {}, notices: [] });
    expect(double.requests).toHaveLength(0);
  });

  it.each([
    [403, 'error403.json', 403, `${CLIENT_EMAIL} cannot read property ${TEST_PROPERTY}; add it as a Viewer`],
    [429, 'error429.json', 429, 'GA4 quota exhausted for this hour; resets at 12:00 UTC'],
    [401, 'error401.json', 401, 'GA4 rejected the service account key'],
    [503, 'error503.json', 502, 'GA4 is unavailable right now'],
  ])('HTTP %i (%s) → downstream %i with an actionable message and no secret', async (status, name, want, text) => {
    double.failWith(status, name);
    const source = createGa4Source(settings());
    const err = await errorOf(source.fetch(WINDOW, ['webTraffic'], testSourceContext(NOW)));
    expect(err.status).toBe(want);
    expect(err.source).toBe('downstream');
    expect(err.message).toContain(text);
    expect(err.message).not.toMatch(/PRIVATE KEY|MII/);
    // errors are not cached
    expect((await source.fetch(WINDOW, ['webTraffic'], testSourceContext(NOW))).records.webTraffic).toHaveLength(4);
    source.dispose();
  });

  it('reports a cancelled or timed-out request as 504', async () => {
    double.delayMs = 300;
    const source = createGa4Source(settings());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const err = await errorOf(source.fetch(WINDOW, ['webTraffic'], { ...testSourceContext(NOW), signal: controller.signal }));
    expect(err.status).toBe(504);
    source.dispose();
  });

  it('reports an unreachable endpoint as 502', async () => {
    await double.close();
    const source = createGa4Source(settings());
    const err = await errorOf(source.fetch(WINDOW, ['webTraffic'], testSourceContext(NOW)));
    expect([err.status, err.message]).toEqual([502, 'GA4: cannot reach the Data API; check the network or the API endpoint setting']);
    double = await startGa4Double();
    source.dispose();
  });

  it('checkHealth runs a 1-row report against the property', async () => {
    const source = createGa4Source(settings());
    expect(await source.checkHealth(testSourceContext(NOW))).toEqual({
      status: 'ok',
      message: `GA4: property ${TEST_PROPERTY} reachable (time zone America/Los_Angeles, 39963 hourly quota tokens left)`,
    });
    expect(double.requests[0].body).toMatchObject({ limit: expect.anything(), metrics: [{ name: 'sessions' }] });
    expect(Number(double.requests[0].body.limit)).toBe(1);
    double.failWith(403, 'error403.json');
    expect(await source.checkHealth(testSourceContext(NOW))).toEqual({ status: 'error', message: expect.stringContaining(`cannot read property ${TEST_PROPERTY}`) });
    source.dispose();
  });

  it('serves GET sources/ga4/metadata from getMetadata', async () => {
    const source = createGa4Source(settings());
    const body = (await source.resource?.({ path: ['metadata'], query: new URLSearchParams() }, testSourceContext(NOW))) as { metrics: unknown[]; dimensions: Array<{ apiName: string; custom: boolean }> };
    expect(body.metrics).toHaveLength(5);
    expect(body.dimensions).toContainEqual({ apiName: 'customEvent:plan', uiName: 'Plan', category: 'Event', custom: true });
    expect(double.requests[0]).toMatchObject({ method: 'GET', path: `/v1beta/properties/${TEST_PROPERTY}/metadata` });
    expect(await source.resource?.({ path: ['nope'], query: new URLSearchParams() }, testSourceContext(NOW))).toBeUndefined();
    source.dispose();
  });

  it.each([
    [{ ga4ServiceAccountKey: undefined }, {}, 'no service account key'],
    [{ ga4ServiceAccountKey: '{not json' }, {}, 'not valid JSON'],
    [{ ga4ServiceAccountKey: '{"client_email":"x"}' }, {}, 'no client_email/private_key'],
    [{}, { propertyId: 'G-ABC123' }, 'numeric property id'],
  ])('settings problems are one actionable line, at health check and fetch (%#)', async (secrets, ga4, text) => {
    const base = settings(ga4);
    const source = createGa4Source({ jsonData: base.jsonData, secrets: { ...base.secrets, ...secrets } });
    expect((await source.checkHealth(testSourceContext(NOW))).message).toContain(text);
    const err = await errorOf(source.fetch(WINDOW, ['webTraffic'], testSourceContext(NOW)));
    expect([err.status, err.source]).toEqual([400, 'plugin']);
    expect(double.requests).toHaveLength(0);
  });

  it('reports a key whose private_key cannot sign as a key problem (no secret in the message)', async () => {
    const key = { ...JSON.parse(testKeyJson()), private_key: '-----BEGIN PRIVATE KEY-----\nMIIBroken\n-----END PRIVATE KEY-----\n' };
    const source = createGa4Source({ ...settings(), secrets: { ga4ServiceAccountKey: JSON.stringify(key) } });
    const err = await errorOf(source.fetch(WINDOW, ['webTraffic'], testSourceContext(NOW)));
    expect(err.status).toBe(401);
    expect(err.message).toContain('private_key');
    expect(err.message).not.toContain('MIIBroken');
    source.dispose();
  });
});
