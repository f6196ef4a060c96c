import { request, utc, values } from '../../testing/fixtures';
import { failureFixtureWithout } from './failureFixtureWithout';
import { failureRecords } from './failureFixture';
import { recoveryTime } from './recoveryTime';

describe('recoveryTime', () => {
  it('median hours from failed deployment to recovery, per week of the failure', () => {
    // W1: d2 → i1 resolved: 4 h; d3 → rollback d4: 24 h → median 14. W2: d5 → next web deployment d6: 24 h
    expect(values(recoveryTime(failureRecords, request({ options: { incidentLinking: 'explicit_only' } })))).toEqual([
      14, 24,
    ]);
  });

  it('leaves unresolved failures out and counts them', () => {
    // under last_deployment_before d1 fails via i3, which is still open
    const result = recoveryTime(failureRecords, request({ options: { incidentLinking: 'last_deployment_before' } }));
    expect(values(result)).toEqual([14, 24]);
    expect(result.notices.map((n) => n.text)).toContain(
      '1 failed deployment(s) in range are not recovered yet and are left out of the median.'
    );
  });

  it('a failure whose service never deployed again is unresolved', () => {
    const records = failureFixtureWithout('d6');
    // d5 is still reverted by c6 (merged) but nothing deployed after it: W2 empty → null
    expect(values(recoveryTime(records, request({ options: { incidentLinking: 'explicit_only' } })))).toEqual([
      14,
      null,
    ]);
  });

  it('no failures → null, not 0', () => {
    expect(
      values(recoveryTime({ deployments: [], incidents: [] }, request({ from: utc(2026, 2, 2), to: utc(2026, 2, 9) })))
    ).toEqual([null]);
  });
});
