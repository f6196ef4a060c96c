import type { Bucket } from '../../../common/query';
import type { SprintRecord } from '../../../common/records';
import { addBuckets } from './addBuckets';
import { enumerateBuckets } from './enumerateBuckets';

/** The buckets of one request and a lookup from an instant to its bucket. */
export interface Bucketing {
  bucket: Bucket;
  from: number;
  to: number;
  /** Bucket starts, ascending; the first may lie before `from`. */
  starts: number[];
  /** Exclusive bucket ends, clipped to `to`; "as of" instants for snapshot metrics. */
  ends: number[];
  /** Index of the bucket holding an instant of [from, to); -1 outside the range or outside every sprint. */
  indexOf: (instant: number) => number;
}

export interface BucketingRange {
  from: number;
  to: number;
  bucket: Bucket;
  timezone: string;
}

function sprintStarts(
  from: number,
  to: number,
  sprints: readonly SprintRecord[]
): { starts: number[]; lastEnd: number } {
  const overlapping = sprints.filter((s) => s.startAt < to && s.endAt > from);
  const starts = [...new Set(overlapping.map((s) => s.startAt))].sort((a, b) => a - b);
  const last = starts[starts.length - 1];
  const lastEnd = Math.max(...overlapping.filter((s) => s.startAt === last).map((s) => s.endAt));
  return { starts, lastEnd };
}

/**
 * Buckets for a request. Calendar buckets are local-time days, ISO weeks or months; `period` is [from, to).
 * `sprint` buckets start at each distinct sprint start overlapping the range and run to the next sprint
 * start (gaps between sprints belong to the earlier sprint); the last one ends at its sprint's end.
 *
 * @example makeBucketing({ from, to, bucket: 'week', timezone: 'Europe/Berlin' }).indexOf(t)
 */
export function makeBucketing(range: BucketingRange, sprints: readonly SprintRecord[] = []): Bucketing {
  const { from, to, bucket, timezone } = range;
  let starts: number[];
  let lastEnd = to;
  if (bucket === 'sprint') {
    ({ starts, lastEnd } = to > from ? sprintStarts(from, to, sprints) : { starts: [], lastEnd: to });
  } else {
    starts = enumerateBuckets(from, to, bucket, timezone);
    if (bucket !== 'period' && starts.length > 0) {
      lastEnd = addBuckets(starts[starts.length - 1], 1, bucket, timezone);
    }
  }
  const ends = starts.map((_, i) => Math.min(i + 1 < starts.length ? starts[i + 1] : lastEnd, to));
  const indexOf = (instant: number): number => {
    if (!(instant >= from && instant < to)) {
      return -1;
    }
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= instant) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && instant < ends[found] ? found : -1;
  };
  return { bucket, from, to, starts, ends, indexOf };
}
