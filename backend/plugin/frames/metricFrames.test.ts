import { getCatalogEntry } from '../../../common/catalog';
import type { MetricResult } from '../../../common/metricResult';
import { metricFrames, type FrameOptions } from './metricFrames';
import { targetThresholds } from './thresholds';

const entry = getCatalogEntry('deploy_frequency')!;
const week = 7 * 86_400_000;
const t0 = Date.UTC(2026, 10, 2);
const result: MetricResult = {
  metricId: 'deploy_frequency',
  unit: 'short',
  series: [
    { labels: { team: 'payments' }, points: [{ time: t0, value: 4 }, { time: t0 + week, value: null }] },
    { labels: { team: 'growth' }, points: [{ time: t0, value: 6 }, { time: t0 + week, value: 2 }] },
  ],
  notices: [{ severity: 'info', text: 'two teams' }],
};
const options = (over: Partial<FrameOptions> = {}): FrameOptions => ({ entry, target: 5, periodValue: false, format: 'timeseries', executedQueryString: 'q', ...over });

describe('metricFrames', () => {
  it('makes one timeseries-multi frame per label set, notices on the first', () => {
    const frames = metricFrames(result, options());
    expect(frames).toHaveLength(2);
    expect(frames.map((f) => f.meta?.type)).toEqual(['timeseries-multi', 'timeseries-multi']);
    expect(frames[0].meta?.notices).toEqual([{ severity: 'info', text: 'two teams' }]);
    expect(frames[1].meta?.notices).toBeUndefined();
    expect(frames[0].fields.map((f) => [f.name, f.type, f.values])).toEqual([
      ['time', 'time', [t0, t0 + week]],
      ['value', 'float64', [4, null]],
    ]);
    expect(frames[0].fields[1].labels).toEqual({ team: 'payments' });
  });

  it('puts unit, display name, definition and target thresholds in the field config', () => {
    const config = metricFrames(result, options())[0].fields[1].config!;
    expect(config.unit).toBe('short');
    expect(config.displayNameFromDS).toBe(`${entry.title} · payments`);
    expect(config.description).toBe(entry.texts.definition);
    expect(config.thresholds).toEqual(targetThresholds(5, entry.direction, entry.target?.warnFraction));
  });

  it('leaves thresholds out without a target and on comparison series', () => {
    expect(metricFrames(result, options({ target: undefined }))[0].fields[1].config?.thresholds).toBeUndefined();
    const compared = { ...result, series: [{ labels: { comparison: 'previous_period' }, points: [{ time: t0, value: 1 }] }] };
    expect(metricFrames(compared, options())[0].fields[1].config?.thresholds).toBeUndefined();
  });

  it('gives one number per label set as numeric-multi for a whole-period value', () => {
    const period: MetricResult = { ...result, series: result.series.map((s) => ({ ...s, points: [s.points[0]] })) };
    const frames = metricFrames(period, options({ periodValue: true }));
    expect(frames.map((f) => f.meta?.type)).toEqual(['numeric-multi', 'numeric-multi']);
    expect(frames.map((f) => f.fields.map((x) => [x.name, x.values]))).toEqual([[['value', [4]]], [['value', [6]]]]);
  });

  it('answers "no data" with an empty frame that says why', () => {
    const frames = metricFrames({ metricId: 'deploy_frequency', unit: 'short', series: [], notices: [], noDataReason: 'no deployments: set up GitHub' }, options());
    expect(frames).toHaveLength(1);
    expect(frames[0].fields.every((f) => f.values.length === 0)).toBe(true);
    expect(frames[0].meta?.notices).toEqual([{ severity: 'warning', text: 'No data: no deployments: set up GitHub' }]);
    expect(frames[0].meta?.custom).toEqual({ noDataReason: 'no deployments: set up GitHub' });
    expect(frames[0].fields[1].config?.unit).toBe('short');
  });

  it('says so when every value in the range is empty', () => {
    const empty: MetricResult = { ...result, notices: [], series: [{ labels: {}, points: [{ time: t0, value: null }] }] };
    expect(metricFrames(empty, options())[0].meta?.notices).toEqual([{ severity: 'info', text: expect.stringMatching(/^No values for Deploy Frequency/) }]);
  });

  it('turns series into one long table when a table is asked for and the metric has none', () => {
    const [table] = metricFrames(result, options({ format: 'table' }));
    expect(table.meta?.preferredVisualisationType).toBe('table');
    expect(table.fields.map((f) => f.name)).toEqual(['time', 'team', entry.title]);
    expect(table.fields[1].values).toEqual(['payments', 'payments', 'growth', 'growth']);
    expect(table.fields[2].values).toEqual([4, null, 6, 2]);
  });

  it('returns the metric’s own tables when it has them', () => {
    const withTable: MetricResult = { ...result, tables: [{ name: 'tiers', columns: [{ name: 'metric', type: 'string' }, { name: 'tier', type: 'string' }], rows: [['deploy_frequency', 'elite']] }] };
    const [table] = metricFrames(withTable, options({ format: 'table' }));
    expect(table.name).toBe('tiers');
    expect(table.fields.map((f) => f.values)).toEqual([['deploy_frequency'], ['elite']]);
  });
});

describe('targetThresholds', () => {
  it.each([
    ['higher is better', 'higher_is_better' as const, [null, 4, 5], ['red', 'orange', 'green']],
    ['lower is better', 'lower_is_better' as const, [null, 5, 6], ['green', 'orange', 'red']],
  ])('%s: green/amber/red around the target', (_name, direction, values, colors) => {
    const t = targetThresholds(5, direction);
    expect(t.steps.map((s) => s.value)).toEqual(values);
    expect(t.steps.map((s) => s.color)).toEqual(colors);
  });

  it('rounds float noise away', () => {
    expect(targetThresholds(0.125, 'lower_is_better').steps[2].value).toBe(0.15);
  });
});
