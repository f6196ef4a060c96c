import { bucketStart } from './bucketStart';

const utc = Date.UTC;

describe('bucketStart', () => {
  it.each([
    // [case, instant, bucket, zone, expected]
    ['UTC day', utc(2026, 0, 15, 13, 5), 'day', 'UTC', utc(2026, 0, 15)],
    ['Berlin day before spring DST (CET, +1)', utc(2026, 2, 28, 12), 'day', 'Europe/Berlin', utc(2026, 2, 27, 23)],
    ['Berlin spring DST day starts in CET', utc(2026, 2, 29, 12), 'day', 'Europe/Berlin', utc(2026, 2, 28, 23)],
    ['Berlin day after spring DST starts in CEST', utc(2026, 2, 30, 12), 'day', 'Europe/Berlin', utc(2026, 2, 29, 22)],
    [
      'Berlin autumn DST day starts in CEST (25 h day, last hour)',
      utc(2026, 9, 25, 22, 30),
      'day',
      'Europe/Berlin',
      utc(2026, 9, 24, 22),
    ],
    ['Berlin first instant after autumn DST day', utc(2026, 9, 25, 23), 'day', 'Europe/Berlin', utc(2026, 9, 25, 23)],
    ['New York spring DST day (EST start)', utc(2026, 2, 8, 20), 'day', 'America/New_York', utc(2026, 2, 8, 5)],
    ['New York autumn DST day (EDT start)', utc(2026, 10, 1, 20), 'day', 'America/New_York', utc(2026, 10, 1, 4)],
    [
      'New York late evening is still the same local day',
      utc(2026, 10, 2, 3),
      'day',
      'America/New_York',
      utc(2026, 10, 1, 4),
    ],
    [
      'Havana: midnight falls in the DST gap, day starts at the jump',
      utc(2026, 2, 8, 12),
      'day',
      'America/Havana',
      utc(2026, 2, 8, 5),
    ],
    ['Kolkata half-hour offset', utc(2026, 0, 15, 20), 'day', 'Asia/Kolkata', utc(2026, 0, 15, 18, 30)],
    ['ISO week starts Monday (Thu → Mon)', utc(2026, 0, 15, 12), 'week', 'UTC', utc(2026, 0, 12)],
    ['ISO week: Sunday belongs to the week before', utc(2026, 0, 18, 23, 59), 'week', 'UTC', utc(2026, 0, 12)],
    ['ISO week: Monday 00:00 starts a week', utc(2026, 0, 19), 'week', 'UTC', utc(2026, 0, 19)],
    [
      'Berlin week spanning autumn DST starts in CEST',
      utc(2026, 9, 25, 12),
      'week',
      'Europe/Berlin',
      utc(2026, 9, 18, 22),
    ],
    ['Berlin week after autumn DST starts in CET', utc(2026, 9, 27, 12), 'week', 'Europe/Berlin', utc(2026, 9, 25, 23)],
    ['week crossing a year boundary', utc(2027, 0, 1, 12), 'week', 'UTC', utc(2026, 11, 28)],
    ['UTC month', utc(2026, 1, 28, 23, 59), 'month', 'UTC', utc(2026, 1, 1)],
    [
      'Berlin: 31 Jan 23:30 UTC is already February locally',
      utc(2026, 0, 31, 23, 30),
      'month',
      'Europe/Berlin',
      utc(2026, 0, 31, 23),
    ],
    [
      'Berlin: 31 Jan 22:59 UTC is still January locally',
      utc(2026, 0, 31, 22, 59),
      'month',
      'Europe/Berlin',
      utc(2025, 11, 31, 23),
    ],
    [
      'New York: 1 Mar 03:00 UTC is still February locally',
      utc(2026, 2, 1, 3),
      'month',
      'America/New_York',
      utc(2026, 1, 1, 5),
    ],
    ['Berlin April starts in CEST', utc(2026, 3, 15), 'month', 'Europe/Berlin', utc(2026, 2, 31, 22)],
    ['Auckland month (+13 in January)', utc(2026, 0, 31, 12), 'month', 'Pacific/Auckland', utc(2026, 0, 31, 11)],
  ] as const)('%s', (_case, instant, bucket, zone, expected) => {
    expect(bucketStart(instant, bucket, zone)).toBe(expected);
  });

  it.each(['day', 'week', 'month'] as const)('is idempotent for %s buckets', (bucket) => {
    const start = bucketStart(Date.UTC(2026, 2, 29, 12), bucket, 'Europe/Berlin');
    expect(bucketStart(start, bucket, 'Europe/Berlin')).toBe(start);
  });
});
