import { MS_PER_DAY } from './constants';
import { timeZoneOffset } from './timeZoneOffset';

/**
 * The first instant of a local calendar day (or of a local wall time) in a time zone.
 * Month and day may overflow (month 13 = January of the next year), as with `Date.UTC`.
 * A wall time that occurs twice (DST fall-back) resolves to the earlier instant; one that does not
 * exist (DST gap) resolves to the instant the gap starts at, i.e. the first existing local time.
 *
 * @example zonedDateToInstant(2026, 3, 29, 'Europe/Berlin') // Date.UTC(2026, 2, 28, 23)
 */
export function zonedDateToInstant(
  year: number,
  month: number,
  day: number,
  timeZone: string,
  hour = 0,
  minute = 0
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsetBefore = timeZoneOffset(wall - MS_PER_DAY, timeZone);
  const offsetAfter = timeZoneOffset(wall + MS_PER_DAY, timeZone);
  if (offsetBefore === offsetAfter) {
    return wall - offsetBefore;
  }
  const valid = [wall - offsetBefore, wall - offsetAfter].filter((t) => t + timeZoneOffset(t, timeZone) === wall);
  return valid.length > 0 ? Math.min(...valid) : wall - offsetBefore;
}
