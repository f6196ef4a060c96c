import type { RecordSet } from '../../common/records';
import { computeMetric, UnknownMetricError } from '.';
import { deployment, incident, request, utc, values } from './testing/fixtures';

// Weekly production deployments of api: W1 (2 Mar) 2, W2 (9 Mar) 1; the two weeks before: 4 and 4.
const records: RecordSet = {
  deployments: [
    deployment('p1', utc(2026, 1, 16)),
    deployment('p2', utc(2026, 1, 17)),
    deployment('p3', utc(2026, 1, 18)),
    deployment('p4', utc(2026, 1, 19)),
    deployment('p5', utc(2026, 1, 23)),
    deployment('p6', utc(2026, 1, 24)),
    deployment('p7', utc(2026, 1, 25)),
    deployment('p8', utc(2026, 1, 26)),
    deployment('a', utc(2026, 2, 2, 10)),
    deployment('b', utc(2026, 2, 3, 10), { service: 'web' }),
    deployment('c', utc(2026, 2, 10, 10)),
  ],
  incidents: [
    incident('i1', utc(2026, 2, 3, 12), { service: 'web', causedByDeploymentId: 'b', resolvedAt: utc(2026, 2, 3, 14) }),
  ],
};

describe('computeMetric', () => {
  it('throws a typed error for an unknown metric', () => {
    expect(() => computeMetric(records, request({ metricId: 'nope' }))).toThrow(UnknownMetricError);
  });

  it.each([
    [
      'a needed source is not set up',
      'dora_lead_time_median',
      /No data: needs pull requests\. Set up the GitHub source\./,
    ],
    ['one of several sources would do', 'prds_generated', /needs work items or documents/],
    ['sprint buckets need sprints', 'deploy_frequency', /needs sprints/],
  ])('no data when %s', (_case, metricId, reason) => {
    const result = computeMetric(
      records,
      request({ metricId, bucket: metricId === 'deploy_frequency' ? 'sprint' : 'week' })
    );
    expect(result.series).toEqual([]);
    expect(result.noDataReason).toMatch(reason);
  });

  it('applies filters before computing', () => {
    expect(
      values(computeMetric(records, request({ metricId: 'dora_deployment_frequency', filters: { service: ['web'] } })))
    ).toEqual([1, 0]);
  });

  it('adds a previous-period series aligned to the current buckets', () => {
    const result = computeMetric(
      records,
      request({ metricId: 'dora_deployment_frequency', comparison: 'previous_period' })
    );
    expect(result.series.map((s) => [s.labels, s.points.map((p) => p.value)])).toEqual([
      [{}, [2, 1]],
      [{ comparison: 'previous_period' }, [4, 4]],
    ]);
    expect(result.series[1].points.map((p) => p.time)).toEqual([utc(2026, 2, 2), utc(2026, 2, 9)]);
  });

  it('adds a baseline: mean of the N buckets before each bucket', () => {
    const result = computeMetric(
      records,
      request({ metricId: 'dora_deployment_frequency', comparison: 'baseline', baselinePeriods: 2 })
    );
    // W1: mean(4, 4) = 4; W2: mean(4, 2) = 3
    expect(values(result, { comparison: 'baseline' })).toEqual([4, 3]);
  });

  it('flags a >50% week-over-week drop for higher-is-better metrics', () => {
    const result = computeMetric(
      records,
      request({ metricId: 'dora_deployment_frequency', comparison: 'anomaly', baselinePeriods: 2 })
    );
    // W1: 4 → 2 is −50% (not more); W2: 2 → 1 is −50% too
    expect(values(result, { comparison: 'anomaly', rule: 'drop' })).toEqual([0, 0]);
    expect(result.series.map((s) => s.labels.rule).filter(Boolean)).toEqual(['zscore', 'drop']);
    expect(
      result.notices.some((n) => n.text.startsWith('Anomaly flags over the last 2 buckets (zscore: 0, drop: 0)'))
    ).toBe(true);
  });

  it('attaches the DORA tier of the whole range', () => {
    const result = computeMetric(
      records,
      request({ metricId: 'dora_change_fail_rate', options: { tierPreset: '2024', incidentLinking: 'explicit_only' } })
    );
    // 3 production deployments in range, b failed → 1/3 = 33% > 20% → Low under the 2024 bands
    expect(result.tables?.[0].columns.map((c) => c.name)).toEqual(['metric', 'value', 'tier', 'preset']);
    expect(result.tables?.[0].rows).toEqual([['dora_change_fail_rate', 1 / 3, 'Low', 'DORA 2024']]);
  });

  it('classifies frequency as a weekly rate: 3 deployments in 2 weeks = 1.5/week → High (2024)', () => {
    const result = computeMetric(records, request({ metricId: 'dora_deployment_frequency' }));
    expect(result.tables?.[0].rows).toEqual([['dora_deployment_frequency', 1.5, 'High', 'DORA 2024']]);
  });

  it('has no tiers for rework rate', () => {
    expect(computeMetric(records, request({ metricId: 'dora_rework_rate' })).tables).toBeUndefined();
  });

  it('falls back to UTC for an unknown time zone, with a warning', () => {
    const result = computeMetric(records, request({ metricId: 'dora_deployment_frequency', timezone: 'Mars/Olympus' }));
    expect(values(result)).toEqual([2, 1]);
    expect(result.notices[0]).toEqual({
      severity: 'warning',
      text: 'Unknown time zone "Mars/Olympus"; buckets use UTC.',
    });
  });

  it('does not mutate the records', () => {
    const before = JSON.stringify(records);
    computeMetric(
      records,
      request({ metricId: 'dora_recovery_time', comparison: 'anomaly', filters: { service: ['api'] } })
    );
    expect(JSON.stringify(records)).toBe(before);
  });
});
