import { createSources, demoEnabled } from './createSources';

const names = (jsonData: Parameters<typeof createSources>[0]['jsonData']) => createSources({ jsonData, secrets: {} }).sources.map((s) => [s.name, s.provides.includes('manualValues')]);

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
