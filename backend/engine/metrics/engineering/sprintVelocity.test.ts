import type { RecordSet } from '../../../../common/records';
import { request, sprint, utc, values, workItem } from '../../testing/fixtures';
import { sprintVelocity } from './sprintVelocity';

const records: RecordSet = {
  sprints: [sprint('s1', utc(2026, 2, 2), utc(2026, 2, 16)), sprint('s2', utc(2026, 2, 16), utc(2026, 2, 30))],
  workItems: [
    workItem('a', { points: 3, sprint: 's1', completedAt: utc(2026, 2, 5) }),
    workItem('b', { points: 5, sprint: 's1', completedAt: utc(2026, 2, 17) }), // late, still in s1
    workItem('c', { points: 2, completedAt: utc(2026, 2, 20) }), // no sprint field → sprint running then: s2
    // completed 10 Mar, reopened 12 Mar, completed again 25 Mar: counts once, at the final completion
    workItem('d', { points: 8, sprint: 's2', completedAt: utc(2026, 2, 25), reopenedAt: [utc(2026, 2, 12)] }),
    workItem('e', { sprint: 's2', completedAt: utc(2026, 2, 26) }), // no points → 0, noted
    workItem('f', { points: 13, sprint: 's2', reopenedAt: [utc(2026, 2, 20)] }), // reopened, open now: not counted
  ],
};
const range = { from: utc(2026, 2, 2), to: utc(2026, 2, 30) };

describe('sprintVelocity', () => {
  it.each([
    // s1: a 3 + b 5 = 8; s2: c 2 + d 8 + e 0 = 10
    ['per sprint', 'sprint', [8, 10]],
    // W1 a 3; W2 –; W3 b 5 + c 2; W4 d 8 + e 0
    ['per week of final completion', 'week', [3, 0, 7, 8]],
    ['whole range', 'period', [18]],
  ] as const)('%s', (_case, bucket, expected) => {
    expect(values(sprintVelocity(records, request({ ...range, bucket })))).toEqual(expected);
  });

  it('notes items without points', () => {
    expect(sprintVelocity(records, request({ ...range, bucket: 'sprint' })).notices[0].text).toBe(
      '1 completed item(s) have no story points and add 0.'
    );
  });

  it('weeks across Berlin DST: 29 Mar 22:30 UTC is Monday 30 Mar locally', () => {
    const items = [
      workItem('x', { points: 1, completedAt: utc(2026, 2, 29, 22, 30) }),
      workItem('y', { points: 2, completedAt: utc(2026, 2, 29, 21, 30) }),
    ];
    // Berlin weeks: [22 Mar 23:00Z, 29 Mar 22:00Z) and [29 Mar 22:00Z, 5 Apr 22:00Z)
    const result = sprintVelocity(
      { workItems: items },
      request({ from: utc(2026, 2, 22, 23), to: utc(2026, 3, 5, 22), timezone: 'Europe/Berlin' })
    );
    expect(values(result)).toEqual([2, 1]);
  });

  it('no completed items → 0 per bucket', () => {
    expect(values(sprintVelocity({ workItems: [], sprints: [] }, request()))).toEqual([0, 0]);
  });
});
