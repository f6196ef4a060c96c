import type { DeploymentRecord } from '../../../../common/records';
import { deployment, request, utc, values } from '../../testing/fixtures';
import { deploymentFrequency } from './deploymentFrequency';

// Weeks (UTC): W1 = Mon 2 Mar – Sun 8 Mar, W2 = Mon 9 Mar – Sun 15 Mar.
const mixed: DeploymentRecord[] = [
  deployment('d1', utc(2026, 2, 2, 10)), // W1
  deployment('d2', utc(2026, 2, 8, 23, 30)), // W1 in UTC; Mon 9 Mar 00:30 in Berlin
  deployment('d3', utc(2026, 2, 3), { status: 'failure' }), // failed: never changed production
  deployment('d4', utc(2026, 2, 4), { environment: 'staging', production: false }), // not production
  deployment('d5', utc(2026, 2, 9)), // W2
  deployment('d5', utc(2026, 2, 9)), // same deployment reported twice → once
  deployment('d6', utc(2026, 1, 27)), // before the range
];

describe('deploymentFrequency', () => {
  it.each([
    ['no deployments → zeros, not null', [], {}, [0, 0]],
    ['counts successful production deployments per ISO week', mixed, {}, [2, 1]],
    // Berlin buckets start Sun 1 Mar 23:00Z, Sun 8 Mar 23:00Z, Sun 15 Mar 23:00Z (to = 16 Mar 00:00Z is inside the 3rd)
    ['weeks are local: Berlin moves d2 to week 2', mixed, { timezone: 'Europe/Berlin' }, [1, 2, 0]],
    ['period = one total', mixed, { bucket: 'period' as const }, [3]],
    ['a range with no deployments', mixed, { from: utc(2026, 3, 6), to: utc(2026, 3, 13) }, [0]],
  ])('%s', (_case, deployments, over, expected) => {
    expect(values(deploymentFrequency({ deployments }, request(over)))).toEqual(expected);
  });

  it('month buckets in a non-UTC zone: 31 Jan 23:30 UTC is February in Berlin', () => {
    const deployments = [deployment('a', utc(2026, 0, 31, 22, 30)), deployment('b', utc(2026, 0, 31, 23, 30))];
    const result = deploymentFrequency(
      { deployments },
      request({ from: utc(2026, 0, 1), to: utc(2026, 2, 1), bucket: 'month', timezone: 'Europe/Berlin' })
    );
    // Berlin months: [31 Dec 23:00Z, 31 Jan 23:00Z) = January (a); [31 Jan 23:00Z, 28 Feb 23:00Z) = February (b)
    expect(values(result)).toEqual([1, 1, 0]);
  });

  it('groups by service', () => {
    const deployments = [
      deployment('a', utc(2026, 2, 2)),
      deployment('b', utc(2026, 2, 3), { service: 'web' }),
      deployment('c', utc(2026, 2, 10), { service: 'web' }),
    ];
    const result = deploymentFrequency({ deployments }, request({ groupBy: 'service' }));
    expect(result.series.map((s) => [s.labels, s.points.map((p) => p.value)])).toEqual([
      [{ service: 'api' }, [1, 0]],
      [{ service: 'web' }, [1, 1]],
    ]);
  });

  it('does not mutate its input', () => {
    const copy = JSON.stringify(mixed);
    deploymentFrequency({ deployments: mixed }, request());
    expect(JSON.stringify(mixed)).toBe(copy);
  });
});
