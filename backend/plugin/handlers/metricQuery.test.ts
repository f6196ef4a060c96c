import type { DataSourceConfig } from '../dataSourceConfig';
import { DataSourceInstance } from '../dataSourceInstance';
import type { ParsedQuery } from '../queryModel';
import { engineOptions, metricQuery } from './metricQuery';

const NOW = Date.UTC(2026, 10, 26, 12);
const instance = (jsonData: DataSourceConfig['jsonData'] = { demo: { enabled: true, seed: 42 } }) =>
  new DataSourceInstance({ uid: 'u', name: 'n', lastUpdatedMS: 1, jsonData, secrets: {} }, () => NOW);
const query = (over: Partial<ParsedQuery>): ParsedQuery => ({
  refId: 'A',
  queryType: 'metric',
  from: Date.UTC(2026, 9, 1),
  to: Date.UTC(2026, 10, 1),
  intervalMs: 60_000,
  maxDataPoints: 1000,
  ...over,
});

describe('metricQuery', () => {
  it('computes a catalog metric over the demo organisation', () => {
    const frames = metricQuery(query({ metric: 'deploy_frequency', bucket: 'week' }), instance());
    expect(frames.length).toBeGreaterThan(0);
    expect(frames[0].meta?.type).toBe('timeseries-multi');
    expect(frames[0].fields[1].values.some((v) => typeof v === 'number' && v > 0)).toBe(true);
  });

  it.each([
    ['no metric', {}, /Pick a metric/],
    ['an unknown metric', { metric: 'no_such_metric' }, /Unknown metric "no_such_metric"/],
    ['an unknown time zone', { metric: 'deploy_frequency', timezone: 'Mars/Olympus' }, /Unknown time zone "Mars\/Olympus"/],
  ])('rejects %s with a 400 plugin error', (_name, over, message) => {
    expect(() => metricQuery(query(over), instance())).toThrow(expect.objectContaining({ status: 400, source: 'plugin', message: expect.stringMatching(message) }));
  });

  it('answers "no data, and why" when no source is enabled', () => {
    const frames = metricQuery(query({ metric: 'deploy_frequency' }), instance({ demo: { enabled: false } }));
    expect(frames).toHaveLength(1);
    expect(frames[0].fields.every((f) => f.values.length === 0)).toBe(true);
    expect(frames[0].meta?.notices?.[0].text).toMatch(/^No data: /);
  });

  it('uses the data source target override for thresholds', () => {
    const frames = metricQuery(query({ metric: 'deploy_frequency' }), instance({ demo: { enabled: true }, targets: { deploy_frequency: { target: 10 } } }));
    expect(frames[0].fields[1].config?.thresholds?.steps.map((s) => s.value)).toEqual([null, 6, 10]); // catalog amber band: 40% below the target
  });
});

describe('engineOptions', () => {
  it('merges data source engine settings, Notion date basis, HubSpot denominator and target overrides over the defaults', () => {
    const options = engineOptions(
      instance({
        engine: { tierPreset: '2021', scopedStatus: '' },
        notion: { enabled: true, dateBasis: 'created' },
        hubspot: { enabled: true, openRateDenominator: 'sent' },
        targets: { deploy_frequency: { target: 7 }, bug_count_open: { owner: 'QA' } },
      })
    );
    expect(options.tierPreset).toBe('2021');
    expect(options.scopedStatus).not.toBe('');
    expect(options.documentDateBasis).toBe('created');
    expect(options.openRateDenominator).toBe('sent');
    expect(options.targets).toEqual({ deploy_frequency: 7 });
  });
});
