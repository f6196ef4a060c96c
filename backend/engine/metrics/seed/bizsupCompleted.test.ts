import { request, utc, values, workItem } from '../../testing/fixtures';
import { bizsupCompleted } from './bizsupCompleted';

const workItems = [
  workItem('b1', { type: 'bizsup', completedAt: utc(2026, 0, 15) }),
  // completed 20 Jan, reopened 1 Feb, completed again 2 Mar: counts once, in March
  workItem('b2', { type: 'bizsup', completedAt: utc(2026, 2, 2), reopenedAt: [utc(2026, 1, 1)] }),
  workItem('b3', { type: 'bizsup', reopenedAt: [utc(2026, 1, 1)] }), // reopened, open now
  workItem('b4', { type: 'feature', completedAt: utc(2026, 0, 15) }),
];

describe('bizsupCompleted', () => {
  it.each([
    [
      'per month of final completion',
      { bucket: 'month' as const, from: utc(2026, 0, 1), to: utc(2026, 3, 1) },
      [1, 0, 1],
    ],
    [
      'splitting the quarter keeps the total',
      { bucket: 'period' as const, from: utc(2026, 0, 1), to: utc(2026, 3, 1) },
      [2],
    ],
  ])('%s', (_case, over, expected) => {
    expect(values(bizsupCompleted({ workItems }, request(over)))).toEqual(expected);
  });
});
