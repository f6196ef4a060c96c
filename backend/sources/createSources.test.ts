import { createSources, demoEnabled } from './createSources';

const names = (jsonData: Parameters<typeof createSources>[0]['jsonData']) => createSources({ jsonData, secrets: {} }).map((s) => [s.name, s.provides.includes('manualValues')]);

describe('createSources', () => {
  it('turns the demo on for a fresh data source, so it shows data with no token', () => {
    expect(demoEnabled({})).toBe(true);
    expect(names({})).toEqual([['demo', true]]);
  });

  it('turns the demo off by default once anything real is configured', () => {
    expect(demoEnabled({ github: { enabled: true, authType: 'pat' } })).toBe(false);
    expect(demoEnabled({ manualValues: [{ metricId: 'incidents_mtd', date: '2026-11-02', value: 1 }] })).toBe(false);
  });

  it('never mixes the demo’s invented manual values with real ones', () => {
    const sources = names({ demo: { enabled: true }, manualValues: [{ metricId: 'incidents_mtd', date: '2026-11-02', value: 1 }] });
    expect(sources).toEqual([
      ['demo', false],
      ['manual', true],
    ]);
  });

  it('follows an explicit demo switch', () => {
    expect(demoEnabled({ demo: { enabled: false } })).toBe(false);
    expect(demoEnabled({ demo: { enabled: true }, github: { enabled: true, authType: 'pat' } })).toBe(true);
  });
});

describe('live sources', () => {
  it('are created lazily: name and capabilities known up front, provider code loaded on first use', async () => {
    const [ga4] = createSources({ jsonData: { ga4: { enabled: true } }, secrets: {} });
    expect([ga4.name, ga4.title, ga4.provides]).toEqual(['ga4', 'Google Analytics 4', ['webTraffic']]);
    const health = await ga4.checkHealth({ signal: new AbortController().signal, telemetry: { upstreamRequest: () => undefined, cacheHit: () => undefined }, logger: { log: () => undefined, debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }, now: 0 });
    // The loaded GA4 source answers: with no property and no key it says what to set up.
    expect(health.status).toBe('error');
    expect(health.message).toMatch(/GA4|Google Analytics/i);
  });
});
