import type { ParsedQuery } from '../queryModel';
import { testContext } from '../testing/testContext';
import { engineOptions, metricQuery } from './metricQuery';

const context = testContext;
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
  it('computes a catalog metric over the demo organisation', async () => {
    const frames = await metricQuery(query({ metric: 'deploy_frequency', bucket: 'week' }), context());
    expect(frames.length).toBeGreaterThan(0);
    expect(frames[0].meta?.type).toBe('timeseries-multi');
    expect(frames[0].fields[1].values.some((v) => typeof v === 'number' && v > 0)).toBe(true);
  });

  it('fetches sprint records for sprint buckets even when the metric itself does not read them', async () => {
    const frames = await metricQuery(query({ metric: 'sprint_velocity', bucket: 'sprint' }), context());
    expect(frames[0].fields[1].values.some((v) => typeof v === 'number' && v > 0)).toBe(true);
  });

  it('breaks web traffic down by device and filters by it (GA4 dimensions in the query model)', async () => {
    const byDevice = await metricQuery(query({ metric: 'web_sessions', bucket: 'week', groupBy: 'device' }), context());
    expect(byDevice.map((f) => f.fields[1].labels?.device).sort()).toEqual(['desktop', 'mobile', 'tablet']);
    const mobile = await metricQuery(query({ metric: 'web_sessions', bucket: 'period', filters: { device: ['mobile'] } }), context());
    const all = await metricQuery(query({ metric: 'web_sessions', bucket: 'period' }), context());
    const first = (frames: typeof all) => frames[0].fields[0].values[0] as number;
    expect(first(mobile)).toBeGreaterThan(0);
    expect(first(mobile)).toBeLessThan(first(all));
  });

  it.each([
    ['no metric', {}, /Pick a metric/],
    ['an unknown metric', { metric: 'no_such_metric' }, /Unknown metric "no_such_metric"/],
    ['an unknown time zone', { metric: 'deploy_frequency', timezone: 'Mars/Olympus' }, /Unknown time zone "Mars\/Olympus"/],
  ])('rejects %s with a 400 plugin error', async (_name, over, message) => {
    await expect(metricQuery(query(over), context())).rejects.toThrow(expect.objectContaining({ status: 400, source: 'plugin', message: expect.stringMatching(message) }));
  });

  it('answers "no data, and why" when no source is enabled', async () => {
    const frames = await metricQuery(query({ metric: 'deploy_frequency' }), context({ demo: { enabled: false } }));
    expect(frames).toHaveLength(1);
    expect(frames[0].fields.every((f) => f.values.length === 0)).toBe(true);
    expect(frames[0].meta?.notices?.[0].text).toMatch(/^No data: /);
  });

  it('uses the data source target override for thresholds', async () => {
    const frames = await metricQuery(query({ metric: 'deploy_frequency' }), context({ demo: { enabled: true }, targets: { deploy_frequency: { target: 10 } } }));
    expect(frames[0].fields[1].config?.thresholds?.steps.map((s) => s.value)).toEqual([null, 6, 10]); // catalog amber band: 40% below the target
  });
});

describe('engineOptions', () => {
  it('merges data source engine settings, Notion date basis, HubSpot denominator and target overrides over the defaults', () => {
    const options = engineOptions(
      context({
        engine: { tierPreset: '2021', scopedStatus: '' },
        notion: { enabled: true, dateBasis: 'created' },
        hubspot: { enabled: true, openRateDenominator: 'sent' },
        targets: { deploy_frequency: { target: 7 }, bug_count_open: { owner: 'QA' } },
      }).instance
    );
    expect(options.tierPreset).toBe('2021');
    expect(options.scopedStatus).not.toBe('');
    expect(options.documentDateBasis).toBe('created');
    expect(options.openRateDenominator).toBe('sent');
    expect(options.targets).toEqual({ deploy_frequency: 7 });
  });
});
