import type { CalendarBucket } from './calendarBucket';
import { zonedDateToInstant } from './zonedDateToInstant';
import { zonedParts } from './zonedParts';

/**
 * Moves a bucket start by `count` calendar buckets (negative = back), in local calendar terms.
 * Expects a bucket start (see `bucketStart`); the time of day is dropped.
 *
 * @example addBuckets(Date.UTC(2026, 0, 31, 23), 1, 'month', 'Europe/Berlin') // 1 Mar 2026 00:00 CET
 */
export function addBuckets(start: number, count: number, bucket: CalendarBucket, timeZone: string): number {
  const { year, month, day } = zonedParts(start, timeZone);
  if (bucket === 'month') {
    return zonedDateToInstant(year, month + count, 1, timeZone);
  }
  return zonedDateToInstant(year, month, day + count * (bucket === 'week' ? 7 : 1), timeZone);
}
