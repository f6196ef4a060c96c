import type { RecordSet } from '../../../../common/records';
import { request, sprint, utc, values, workItem } from '../../testing/fixtures';
import { sprintVelocityConsistency } from './sprintVelocityConsistency';

const records: RecordSet = {
  sprints: [
    sprint('s1', utc(2026, 1, 2), utc(2026, 1, 16)),
    sprint('s2', utc(2026, 1, 16), utc(2026, 2, 2)), // ends 2 Mar: last instant 1 Mar 23:59:59.999 → March
    sprint('s3', utc(2026, 2, 2), utc(2026, 2, 16)),
  ],
  workItems: [
    workItem('a', { points: 20, sprint: 's1', completedAt: utc(2026, 1, 10) }),
    workItem('b', { points: 30, sprint: 's2', completedAt: utc(2026, 1, 20) }),
    workItem('c', { points: 40, sprint: 's3', completedAt: utc(2026, 2, 10) }),
  ],
};

describe('sprintVelocityConsistency', () => {
  it.each([
    // velocities 20, 30, 40: population sd √(200/3) = 8.16497 / mean 30
    ['over the whole range', { bucket: 'period' as const }, [0.272166]],
    // February: only s1 → null; March: s2, s3 → 30, 40: sd 5 / mean 35 = 0.142857
    ['per month: fewer than two sprints → null', { bucket: 'month' as const }, [null, 0.142857]],
  ])('%s', (_case, over, expected) => {
    expect(
      values(sprintVelocityConsistency(records, request({ from: utc(2026, 1, 1), to: utc(2026, 2, 16), ...over })))
    ).toEqual(expected);
  });

  it('a sprint with nothing completed has velocity 0', () => {
    const withEmpty = {
      ...records,
      sprints: [...(records.sprints ?? []), sprint('s4', utc(2026, 2, 16), utc(2026, 2, 30))],
    };
    // 20, 30, 40, 0: mean 22.5, variance (6.25 + 56.25 + 306.25 + 506.25) / 4 = 218.75 → sd 14.790199 / 22.5 = 0.657342
    expect(
      values(
        sprintVelocityConsistency(withEmpty, request({ from: utc(2026, 1, 1), to: utc(2026, 2, 30), bucket: 'period' }))
      )
    ).toEqual([0.657342]);
  });
});
