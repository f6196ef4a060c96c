import type { RecordSet } from '../../../../common/records';
import { request, utc, values, workItem } from '../../testing/fixtures';
import { bugCountOpen, techDebtOpen } from './openItemsOfType';

const records: RecordSet = {
  workItems: [
    workItem('b1', { type: 'bug', createdAt: utc(2026, 2, 1) }),
    workItem('b2', { type: 'bug', createdAt: utc(2026, 2, 3), completedAt: utc(2026, 2, 10) }),
    // done 20 Feb, reopened 4 Mar, done again 12 Mar: closed [20 Feb, 4 Mar), open [4 Mar, 12 Mar)
    workItem('b3', {
      type: 'bug',
      createdAt: utc(2026, 1, 1),
      completedAt: utc(2026, 2, 12),
      reopenedAt: [utc(2026, 2, 4)],
      statusHistory: [
        { at: utc(2026, 1, 20), to: 'Done' },
        { at: utc(2026, 2, 4), to: 'In Progress' },
        { at: utc(2026, 2, 12), to: 'Done' },
      ],
    }),
    // reopened 4 Mar without status history: the earlier closed stretch is unknown → open throughout
    workItem('b5', { type: 'bug', createdAt: utc(2026, 1, 1), reopenedAt: [utc(2026, 2, 4)] }),
    workItem('t1', { type: 'tech_debt', createdAt: utc(2026, 1, 1) }),
  ],
};

describe('open items as of bucket end', () => {
  it.each([
    // end of W1 (9 Mar): b1, b2, b3 (reopened), b5; end of W2 (16 Mar): b1, b5
    ['bugs per week', bugCountOpen, {}, [4, 2]],
    ['bugs as of request.to', bugCountOpen, { bucket: 'period' as const }, [2]],
    // as of 2 Mar: b1 open, b3 closed since 20 Feb, b2 not yet created, b5 open
    ['bugs as of 2 Mar', bugCountOpen, { bucket: 'period' as const, from: utc(2026, 1, 23), to: utc(2026, 2, 2) }, [2]],
    ['tech debt', techDebtOpen, {}, [1, 1]],
  ])('%s', (_case, computer, over, expected) => {
    expect(values(computer(records, request(over)))).toEqual(expected);
  });

  it('no items → 0', () => {
    expect(values(bugCountOpen({ workItems: [] }, request()))).toEqual([0, 0]);
  });
});
