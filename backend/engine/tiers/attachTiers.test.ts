import type { RecordSet } from '../../../common/records';
import { computeMetric } from '..';
import { deployment, incident, request, utc } from '../testing/fixtures';

/** 25 production deployments in W1, the first `failed` of them with a linked incident. */
function withFailures(failed: number): RecordSet {
  const deployments = Array.from({ length: 25 }, (_, i) => deployment(`d${i}`, utc(2026, 2, 2, i)));
  const incidents = Array.from({ length: failed }, (_, i) =>
    incident(`i${i}`, utc(2026, 2, 2, i, 30), { causedByDeploymentId: `d${i}` })
  );
  return { deployments, incidents };
}

describe('tier classification', () => {
  it.each([
    // 1/25 = 4%: elite everywhere
    [1, '2021', 'Elite'],
    [1, '2024', 'Elite'],
    // 3/25 = 12%: 2021 elite (≤ 15%); 2023 medium (≤ 15%); 2024 medium (≤ 20%, the monotone band)
    [3, '2021', 'Elite'],
    [3, '2023', 'Medium'],
    [3, '2024', 'Medium'],
    // 6/25 = 24%: 2021 high (≤ 30%); 2023 low (> 15%); 2024 low (> 20%)
    [6, '2021', 'High'],
    [6, '2023', 'Low'],
    [6, '2024', 'Low'],
  ] as const)('CFR with %s failures under %s → %s', (failed, tierPreset, tier) => {
    const result = computeMetric(
      withFailures(failed),
      request({ metricId: 'dora_change_fail_rate', options: { tierPreset } })
    );
    expect(result.tables?.[0].rows[0].slice(2)).toEqual([tier, `DORA ${tierPreset}`]);
  });

  it('says the tier in a notice, formatted in the metric unit', () => {
    const result = computeMetric(
      withFailures(3),
      request({ metricId: 'dora_change_fail_rate', options: { tierPreset: '2024' } })
    );
    expect(result.notices.map((n) => n.text)).toContain(
      'DORA 2024 tier: Medium (≤ 20% (published cluster value 10%, made monotone); value 12.0%).'
    );
  });

  it('one row per group when grouped', () => {
    const records = withFailures(3);
    const result = computeMetric(records, request({ metricId: 'dora_change_fail_rate', groupBy: 'service' }));
    expect(result.tables?.[0].columns.map((c) => c.name)).toEqual(['metric', 'value', 'tier', 'preset', 'service']);
    expect(result.tables?.[0].rows).toEqual([['dora_change_fail_rate', 0.12, 'Medium', 'DORA 2024', 'api']]);
  });
});
