import { D, H, T0, change, deployment, request, values } from './_lib/testFixtures';
import { prCodingTime } from './prCodingTime';
import { prCycleTime } from './prCycleTime';
import { prDeployTime } from './prDeployTime';
import { prPickupTime } from './prPickupTime';
import { prReviewTime } from './prReviewTime';
import { timeToFirstReview } from './timeToFirstReview';

// Week 1: a (commit −2h, ready +1h (draft), review +3h, merge +9h) and b (no first commit, review +1h, merge +5h).
// Week 2: c merged without review; d open (never merged).
const changes = [
  change('a', { firstCommitAt: T0 - 2 * H, createdAt: T0, readyForReviewAt: T0 + H, firstReviewAt: T0 + 3 * H, mergedAt: T0 + 9 * H }),
  change('b', { createdAt: T0 + D, firstReviewAt: T0 + D + H, mergedAt: T0 + D + 5 * H, team: 'payments' }),
  change('c', { firstCommitAt: T0 + 7 * D, createdAt: T0 + 7 * D + H, mergedAt: T0 + 7 * D + 4 * H }),
  change('d', { createdAt: T0 + 8 * D, firstReviewAt: T0 + 9 * D }),
];

describe('PR phase metrics (hand-computed, hours)', () => {
  it.each([
    // a: 11h, b: 5h → median 8; c: 4 − 1 + 1 = 4h.
    ['cycle time', prCycleTime, [8, 4]],
    // a: 3h coding, b: 0 → 1.5; c: 1h.
    ['coding time', prCodingTime, [1.5, 1]],
    // a: 2h, b: 1h → 1.5; c unreviewed → null.
    ['pickup time', prPickupTime, [1.5, null]],
    // a: 6h, b: 4h → 5; week 2 null.
    ['review time', prReviewTime, [5, null]],
    // placed at first review: a 2h, b 1h; d (open) 24h.
    ['time to first review', timeToFirstReview, [1.5, 24]],
  ])('%s', (_name, computer, expected) => {
    const result = computer({ changes }, request());
    expect(result.unit).toBe('h');
    expect(values(result)).toEqual(expected);
  });

  it.each([prCycleTime, prCodingTime, prPickupTime, prReviewTime, timeToFirstReview])('empty input: one series of nulls', (computer) => {
    expect(computer({ changes: [] }, request()).series).toEqual([{ labels: {}, points: [{ time: T0, value: null }, { time: T0 + 7 * D, value: null }] }]);
  });

  it('groups by team', () => {
    const result = prCycleTime({ changes }, request({ groupBy: 'team' }));
    expect(result.series.map((s) => [s.labels, s.points.map((p) => p.value)])).toEqual([
      [{ team: 'payments' }, [5, null]],
      [{ team: 'platform' }, [11, 4]],
    ]);
  });

  it('a PR merged exactly at the range end is outside [from, to)', () => {
    const edge = [change('e', { createdAt: T0, mergedAt: T0 + 14 * D })];
    expect(values(prCycleTime({ changes: edge }, request()))).toEqual([null, null]);
  });

  it('does not mutate its input', () => {
    const copy = JSON.parse(JSON.stringify(changes));
    prCycleTime({ changes }, request());
    expect(changes).toEqual(copy);
  });
});

describe('prDeployTime', () => {
  it.each([
    ['first successful production deployment wins', [
      deployment('staging', { production: false, environment: 'staging', startedAt: T0 + 10 * H, finishedAt: T0 + 10 * H, changeIds: ['a'] }),
      deployment('failed', { status: 'failure', startedAt: T0 + 11 * H, finishedAt: T0 + 11 * H, changeIds: ['a'] }),
      deployment('late', { startedAt: T0 + 20 * H, finishedAt: T0 + 21 * H, changeIds: ['a'] }),
      deployment('ok', { startedAt: T0 + 12 * H, finishedAt: T0 + 13 * H, changeIds: ['a', 'b'] }),
    ], [4, null]],
    ['unshipped PRs are left out', [deployment('other', { startedAt: T0 + 12 * H, changeIds: ['zzz'] })], [null, null]],
    ['no deployments at all', [], [null, null]],
  ])('%s', (_name, deployments, expected) => {
    // a merged at T0+9h, first successful production deployment finished at T0+13h → 4h.
    const result = prDeployTime({ changes: changes.slice(0, 1), deployments }, request());
    expect(values(result)).toEqual(expected);
  });
});
