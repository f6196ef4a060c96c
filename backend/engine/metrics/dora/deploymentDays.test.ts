import { deployment, request, utc, values } from '../../testing/fixtures';
import { deploymentDays } from './deploymentDays';

const deployments = [
  deployment('a', utc(2026, 2, 2, 10)),
  deployment('b', utc(2026, 2, 2, 15)), // same day as a
  deployment('c', utc(2026, 2, 3, 23, 30)), // Tue in UTC, Wed 00:30 in Berlin
  deployment('d', utc(2026, 2, 4, 10)), // Wed
  deployment('e', utc(2026, 2, 5, 10), { status: 'error' }),
  deployment('f', utc(2026, 2, 10, 10), { service: 'web' }),
];

describe('deploymentDays', () => {
  it.each([
    ['UTC: Mon, Tue, Wed in W1; Tue in W2', 'UTC', [3, 1]],
    // Berlin weeks start 1 Mar 23:00Z and 8 Mar 23:00Z (+ a 3rd from 15 Mar 23:00Z); c and d share local Wednesday
    ['Berlin: c and d fall on the same local day', 'Europe/Berlin', [2, 1, 0]],
  ])('%s', (_case, timezone, expected) => {
    expect(values(deploymentDays({ deployments }, request({ timezone })))).toEqual(expected);
  });

  it('counts days per group when grouped', () => {
    const result = deploymentDays({ deployments }, request({ groupBy: 'service', bucket: 'period' }));
    expect(result.series.map((s) => [s.labels.service, s.points[0].value])).toEqual([
      ['api', 3],
      ['web', 1],
    ]);
  });

  it('no deployments → 0', () => {
    expect(values(deploymentDays({ deployments: [] }, request({ bucket: 'period' })))).toEqual([0]);
  });
});
