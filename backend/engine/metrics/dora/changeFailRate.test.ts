import { deployment, request, utc, values } from '../../testing/fixtures';
import { changeFailRate } from './changeFailRate';
import { failureRecords } from './failureFixture';

describe('changeFailRate', () => {
  it.each([
    // W1: d1..d4 production; failed d2 (incident), d3 (rollback) → 2/4. W2: d5 (reverted), d6 → 1/2
    ['explicit links only', 'explicit_only', [0.5, 0.5]],
    // i3 (api, opened 2 Mar 15:00) is blamed on d1, the last api deployment before it → 3/4
    ['last deployment before the incident', 'last_deployment_before', [0.75, 0.5]],
  ] as const)('%s', (_case, incidentLinking, expected) => {
    expect(values(changeFailRate(failureRecords, request({ options: { incidentLinking } })))).toEqual(expected);
  });

  it('says which incidents could not be linked', () => {
    const notices = changeFailRate(failureRecords, request({ options: { incidentLinking: 'explicit_only' } })).notices;
    expect(notices.map((n) => n.text)).toEqual([
      '2 incident(s) in range have no linked production deployment and are not counted as change failures.',
    ]);
  });

  it('without an incident source, counts rollbacks and reverts and says so', () => {
    const { incidents: _omit, ...records } = failureRecords;
    const result = changeFailRate(records, request());
    // W1: d3 rolled back → 1/4; W2: d5 reverted → 1/2
    expect(values(result)).toEqual([0.25, 0.5]);
    expect(result.notices[0].text).toMatch(/rollbacks and reverts only/);
  });

  it.each([
    ['empty bucket → null', [], [null, null]],
    [
      'a failed pipeline run alone is not a production deployment',
      [deployment('x', utc(2026, 2, 3), { status: 'failure' })],
      [null, null],
    ],
  ])('%s', (_case, deployments, expected) => {
    expect(values(changeFailRate({ deployments, incidents: [] }, request()))).toEqual(expected);
  });
});
