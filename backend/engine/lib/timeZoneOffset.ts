import { zonedParts } from './zonedParts';

/**
 * Offset of a time zone from UTC at an instant, in ms (Berlin in summer: +7 200 000).
 *
 * @example timeZoneOffset(Date.UTC(2026, 0, 1), 'America/New_York') // -18_000_000
 */
export function timeZoneOffset(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const wholeSeconds = instant - (((instant % 1000) + 1000) % 1000);
  return wall - wholeSeconds;
}
