import type { SprintRecord } from '../../../common/records';
import { makeBucketing } from './makeBucketing';

const utc = Date.UTC;
const sprint = (id: string, startAt: number, endAt: number): SprintRecord => ({
  id,
  source: 'demo',
  name: id,
  project: 'p',
  startAt,
  endAt,
  plannedItemIds: [],
  addedItemIds: [],
  removedItemIds: [],
});

describe('makeBucketing', () => {
  const month = makeBucketing({ from: utc(2026, 0, 15), to: utc(2026, 2, 10), bucket: 'month', timezone: 'UTC' });

  it('clips bucket ends to the range end', () => {
    expect(month.starts).toEqual([utc(2026, 0, 1), utc(2026, 1, 1), utc(2026, 2, 1)]);
    expect(month.ends).toEqual([utc(2026, 1, 1), utc(2026, 2, 1), utc(2026, 2, 10)]);
  });

  it.each([
    ['before from (inside the first bucket) is out', utc(2026, 0, 14), -1],
    ['from is in', utc(2026, 0, 15), 0],
    ['last ms of January', utc(2026, 1, 1) - 1, 0],
    ['first ms of February', utc(2026, 1, 1), 1],
    ['to is out', utc(2026, 2, 10), -1],
    ['NaN is out', Number.NaN, -1],
  ])('indexOf: %s', (_case, instant, expected) => {
    expect(month.indexOf(instant)).toBe(expected);
  });

  it('period: one bucket [from, to)', () => {
    const b = makeBucketing({ from: 10, to: 20, bucket: 'period', timezone: 'UTC' });
    expect([b.starts, b.ends, b.indexOf(10), b.indexOf(19), b.indexOf(20)]).toEqual([[10], [20], 0, 0, -1]);
  });

  describe('sprint buckets', () => {
    const sprints = [
      sprint('s1', utc(2026, 0, 5), utc(2026, 0, 16)),
      sprint('s2', utc(2026, 0, 19), utc(2026, 0, 30)),
      sprint('s2b', utc(2026, 0, 19), utc(2026, 1, 2)),
      sprint('s3', utc(2026, 1, 2), utc(2026, 1, 13)),
    ];
    const b = makeBucketing({ from: utc(2026, 0, 1), to: utc(2026, 1, 1), bucket: 'sprint', timezone: 'UTC' }, sprints);

    it('starts at each distinct sprint start overlapping the range', () => {
      expect(b.starts).toEqual([utc(2026, 0, 5), utc(2026, 0, 19)]);
      expect(b.ends).toEqual([utc(2026, 0, 19), utc(2026, 1, 1)]);
    });

    it.each([
      ['before the first sprint', utc(2026, 0, 2), -1],
      ['in the gap after s1 (belongs to s1)', utc(2026, 0, 17), 0],
      ['in s2', utc(2026, 0, 20), 1],
    ])('indexOf: %s', (_case, instant, expected) => {
      expect(b.indexOf(instant)).toBe(expected);
    });

    it('has no buckets without sprints', () => {
      expect(makeBucketing({ from: 0, to: 100, bucket: 'sprint', timezone: 'UTC' }).starts).toEqual([]);
    });
  });
});
