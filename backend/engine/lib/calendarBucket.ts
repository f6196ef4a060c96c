import type { Bucket } from '../../../common/query';

/** Buckets whose boundaries are local calendar midnights. */
export type CalendarBucket = 'day' | 'week' | 'month';

export const CALENDAR_BUCKETS: readonly CalendarBucket[] = ['day', 'week', 'month'];

export function isCalendarBucket(bucket: Bucket): bucket is CalendarBucket {
  return (CALENDAR_BUCKETS as readonly string[]).includes(bucket);
}
