import type { CalendarBucket } from './calendarBucket';
import { zonedDateToInstant } from './zonedDateToInstant';
import { zonedParts } from './zonedParts';

/**
 * Start of the day, ISO week (Monday) or month containing an instant, in a time zone, as an instant.
 * Exact across DST: the start is the first instant of the local calendar day, not "instant minus 24 h".
 *
 * @example bucketStart(Date.UTC(2026, 9, 25, 12), 'week', 'Europe/Berlin') // Date.UTC(2026, 9, 18, 22): Mon 19 Oct 00:00 CEST
 */
export function bucketStart(instant: number, bucket: CalendarBucket, timeZone: string): number {
  const { year, month, day } = zonedParts(instant, timeZone);
  if (bucket === 'month') {
    return zonedDateToInstant(year, month, 1, timeZone);
  }
  if (bucket === 'week') {
    const daysSinceMonday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
    return zonedDateToInstant(year, month, day - daysSinceMonday, timeZone);
  }
  return zonedDateToInstant(year, month, day, timeZone);
}
