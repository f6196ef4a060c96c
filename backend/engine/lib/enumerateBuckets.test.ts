import { MS_PER_HOUR } from './constants';
import { enumerateBuckets } from './enumerateBuckets';

const utc = Date.UTC;
const lengths = (starts: number[], end: number) => starts.map((s, i) => ((starts[i + 1] ?? end) - s) / MS_PER_HOUR);

describe('enumerateBuckets', () => {
  it.each([
    ['empty range', utc(2026, 0, 2), utc(2026, 0, 2), 'day', 'UTC', []],
    ['inverted range', utc(2026, 0, 3), utc(2026, 0, 2), 'day', 'UTC', []],
    ['period is one bucket at from', utc(2026, 0, 2, 5), utc(2026, 0, 9), 'period', 'UTC', [utc(2026, 0, 2, 5)]],
    [
      'first bucket may start before from',
      utc(2026, 0, 15),
      utc(2026, 2, 1),
      'month',
      'UTC',
      [utc(2026, 0, 1), utc(2026, 1, 1)],
    ],
    ['to is exclusive', utc(2026, 0, 1), utc(2026, 0, 3), 'day', 'UTC', [utc(2026, 0, 1), utc(2026, 0, 2)]],
    [
      'weeks from a Wednesday',
      utc(2026, 0, 7),
      utc(2026, 0, 20),
      'week',
      'UTC',
      [utc(2026, 0, 5), utc(2026, 0, 12), utc(2026, 0, 19)],
    ],
    [
      'Berlin months around spring DST',
      utc(2026, 1, 10),
      utc(2026, 4, 1),
      'month',
      'Europe/Berlin',
      [utc(2026, 0, 31, 23), utc(2026, 1, 28, 23), utc(2026, 2, 31, 22), utc(2026, 3, 30, 22)],
    ],
  ] as const)('%s', (_case, from, to, bucket, zone, expected) => {
    expect(enumerateBuckets(from, to, bucket, zone)).toEqual(expected);
  });

  it.each([
    // [zone, from, to, expected bucket lengths in hours]
    ['Europe/Berlin', utc(2026, 2, 27, 23), utc(2026, 2, 30, 22), [24, 23, 24]],
    ['Europe/Berlin', utc(2026, 9, 23, 22), utc(2026, 9, 26, 23), [24, 25, 24]],
    ['America/New_York', utc(2026, 2, 7, 5), utc(2026, 2, 10, 4), [24, 23, 24]],
    ['America/New_York', utc(2026, 9, 31, 4), utc(2026, 10, 3, 5), [24, 25, 24]],
  ] as const)('%s days around DST are 23 h / 25 h long', (zone, from, to, expected) => {
    const starts = enumerateBuckets(from, to, 'day', zone);
    expect(lengths(starts, to)).toEqual(expected);
  });

  it('a Berlin week containing the autumn change is 169 h long', () => {
    const starts = enumerateBuckets(utc(2026, 9, 19), utc(2026, 10, 1, 23), 'week', 'Europe/Berlin');
    expect(lengths(starts, utc(2026, 10, 1, 23))).toEqual([169, 168]);
  });
});
