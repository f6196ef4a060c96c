import type { RecordSet } from '../../../../common/records';
import { change, deployment, request, utc, values } from '../../testing/fixtures';
import { leadTimeMedian, leadTimeP90 } from './leadTime';

const records: RecordSet = {
  changes: [
    change('c0', { firstCommitAt: utc(2026, 1, 1) }),
    change('c1', { firstCommitAt: utc(2026, 2, 1, 10) }), // → d1 (2 Mar 10:00): 24 h
    change('c2', { createdAt: utc(2026, 2, 2, 4) }), // no first commit → from PR creation: 6 h
    change('c6', { repo: 'acme/web', firstCommitAt: utc(2026, 2, 3) }), // → web's first deployment (3 Mar 12:00): 12 h
    change('c7', { repo: 'acme/web', firstCommitAt: utc(2025, 0, 1) }), // old web history, not listed: must not count
    change('c9', { revertOf: 'c1', firstCommitAt: utc(2026, 2, 4) }), // revert: skipped
    change('c10', { firstCommitAt: utc(2026, 2, 9, 10) }), // failed deploy on 3 Mar, shipped 10 Mar 10:00: 24 h
    change('c11', { firstCommitAt: utc(2026, 2, 12) }), // first commit after its deployment: dropped
  ],
  deployments: [
    deployment('d0', utc(2026, 1, 20), { changeIds: ['c0'] }), // before the range
    deployment('d1', utc(2026, 2, 2, 10), { changeIds: ['c1', 'c2'] }),
    deployment('dweb', utc(2026, 2, 3, 12), { service: 'web', changeIds: ['c6'] }),
    deployment('dF', utc(2026, 2, 3, 13), { status: 'failure', changeIds: ['c10'] }),
    deployment('d4', utc(2026, 2, 4, 10), { changeIds: ['c9', 'c1'] }), // c1 again for api: counted once
    deployment('dX', utc(2026, 2, 5, 10)), // no change ids: skipped with a notice
    deployment('d5', utc(2026, 2, 10, 10), { changeIds: ['c10', 'c11', 'missing'] }),
  ],
};

describe('change lead time', () => {
  // W1 pairs: 24, 6, 12 h → median 12; p90: h = 2 × 0.9 = 1.8 → 12 + 0.8 × (24 − 12) = 21.6
  // W2 pairs: 24 h
  it.each([
    ['median', leadTimeMedian, [12, 24]],
    ['p90', leadTimeP90, [21.6, 24]],
  ])('%s per week', (_case, computer, expected) => {
    expect(values(computer(records, request()))).toEqual(expected);
  });

  it('period median over both weeks: 6, 12, 24, 24 → 18', () => {
    expect(values(leadTimeMedian(records, request({ bucket: 'period' })))).toEqual([18]);
  });

  it('empty buckets are null, not 0', () => {
    expect(values(leadTimeMedian(records, request({ from: utc(2026, 3, 6), to: utc(2026, 3, 20) })))).toEqual([
      null,
      null,
    ]);
  });

  it('reports what it skipped', () => {
    const texts = leadTimeMedian(records, request()).notices.map((n) => n.text);
    expect(texts).toEqual([
      '1 production deployment(s) list no changes and are left out of lead time.',
      '1 change id(s) on deployments were not found among the pull requests.',
      '1 change(s) have no first-commit time; their lead time starts at PR creation.',
      '1 change(s) had a first commit after their deployment (clock skew) and were dropped.',
    ]);
  });

  it('groups by repo via the change when the deployment has no repo', () => {
    const result = leadTimeMedian(records, request({ groupBy: 'repo', bucket: 'period' }));
    expect(result.series.map((s) => [s.labels.repo, s.points[0].value])).toEqual([
      ['acme/api', 24],
      ['acme/web', 12],
    ]);
  });
});
