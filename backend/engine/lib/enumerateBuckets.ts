import { addBuckets } from './addBuckets';
import { bucketStart } from './bucketStart';
import type { CalendarBucket } from './calendarBucket';

/** Refuse to enumerate absurd ranges (a century of days is ~36 500). */
export const MAX_BUCKETS = 100_000;

/**
 * Starts of the buckets that overlap [from, to), ascending. The first start may lie before `from`
 * (the bucket containing `from`). `period` is one bucket starting at `from`. Empty when to <= from.
 *
 * @example enumerateBuckets(Date.UTC(2026, 0, 15), Date.UTC(2026, 2, 1), 'month', 'UTC') // [Jan 1, Feb 1]
 */
export function enumerateBuckets(
  from: number,
  to: number,
  bucket: CalendarBucket | 'period',
  timeZone: string
): number[] {
  if (!(to > from)) {
    return [];
  }
  if (bucket === 'period') {
    return [from];
  }
  const starts: number[] = [];
  for (let start = bucketStart(from, bucket, timeZone); start < to && starts.length < MAX_BUCKETS;) {
    starts.push(start);
    const next = addBuckets(start, 1, bucket, timeZone);
    start = next > start ? next : to;
  }
  return starts;
}
