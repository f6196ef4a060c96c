import { isValidTimeZone } from './isValidTimeZone';
import { timeZoneOffset } from './timeZoneOffset';
import { zonedDateToInstant } from './zonedDateToInstant';

const utc = Date.UTC;

describe('zonedDateToInstant', () => {
  it.each([
    ['Berlin midnight in winter', [2026, 1, 15, 'Europe/Berlin'], utc(2026, 0, 14, 23)],
    ['month overflow: month 13 is January next year', [2026, 13, 1, 'UTC'], utc(2027, 0, 1)],
    ['day overflow: 32 Jan is 1 Feb', [2026, 1, 32, 'UTC'], utc(2026, 1, 1)],
    [
      'ambiguous 02:30 (Berlin fall-back) → the earlier instant',
      [2026, 10, 25, 'Europe/Berlin', 2, 30],
      utc(2026, 9, 25, 0, 30),
    ],
    [
      'missing 02:30 (Berlin spring gap) → the gap start + 30 min (renders 03:30 CEST)',
      [2026, 3, 29, 'Europe/Berlin', 2, 30],
      utc(2026, 2, 29, 1, 30),
    ],
    ['Havana midnight in the gap → the jump instant', [2026, 3, 8, 'America/Havana'], utc(2026, 2, 8, 5)],
  ] as const)('%s', (_case, [y, m, d, tz, h, min], expected) => {
    expect(zonedDateToInstant(y, m, d, tz, h ?? 0, min ?? 0)).toBe(expected);
  });
});

describe('timeZoneOffset / isValidTimeZone', () => {
  it.each([
    [utc(2026, 0, 1), 'America/New_York', -5 * 3_600_000],
    [utc(2026, 6, 1), 'Europe/Berlin', 2 * 3_600_000],
    [utc(2026, 0, 1, 0, 0, 0, 500), 'Asia/Kolkata', 5.5 * 3_600_000],
    [-1, 'UTC', 0],
  ])('offset at %s in %s', (instant, tz, expected) => {
    expect(timeZoneOffset(instant, tz)).toBe(expected);
  });

  it.each([
    ['Europe/Berlin', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['', false],
  ])('%j valid: %s', (tz, expected) => {
    expect(isValidTimeZone(tz)).toBe(expected);
  });
});
