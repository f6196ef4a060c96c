import { request, utc, values, workItem } from '../../testing/fixtures';
import { featuresFullyScoped } from './featuresFullyScoped';

const workItems = [
  workItem('f1', { type: 'feature', statusHistory: [{ at: utc(2026, 0, 10), to: 'Scoped' }] }),
  // scoped, sent back, scoped again: counts once, in February
  workItem('f2', {
    type: 'feature',
    statusHistory: [
      { at: utc(2026, 0, 20), to: 'Scoped' },
      { at: utc(2026, 0, 25), to: 'Needs work' },
      { at: utc(2026, 1, 3), to: 'scoped ' },
    ],
  }),
  workItem('f3', { type: 'feature', status: 'Scoped', createdAt: utc(2026, 1, 5) }), // no history: at creation
  workItem('f4', { type: 'bug', statusHistory: [{ at: utc(2026, 0, 10), to: 'Scoped' }] }), // not a feature
  workItem('f5', { type: 'feature', statusHistory: [{ at: utc(2026, 0, 31, 23, 30), to: 'Scoped' }] }), // Feb in Berlin
  workItem('f6', { type: 'feature', statusHistory: [{ at: utc(2026, 2, 3), to: 'Ready' }] }),
];
const months = { bucket: 'month' as const, from: utc(2026, 0, 1), to: utc(2026, 3, 1) };

describe('featuresFullyScoped', () => {
  it.each([
    ['UTC months', { ...months }, [2, 2, 0]],
    // Berlin months: [31 Dec 23:00Z, 31 Jan 23:00Z), [31 Jan 23:00Z, 28 Feb 23:00Z), [28 Feb 23:00Z, 31 Mar 22:00Z) ∩ range
    [
      'Berlin months: f5 moves to February',
      { ...months, from: utc(2025, 11, 31, 23), to: utc(2026, 2, 31, 22), timezone: 'Europe/Berlin' },
      [1, 3, 0],
    ],
    ['the scoped status is configurable', { ...months, options: { scopedStatus: 'Ready' } }, [0, 0, 1]],
    ['an empty period', { bucket: 'period' as const, from: utc(2026, 5, 1), to: utc(2026, 6, 1) }, [0]],
  ])('%s', (_case, over, expected) => {
    expect(values(featuresFullyScoped({ workItems }, request(over)))).toEqual(expected);
  });
});
