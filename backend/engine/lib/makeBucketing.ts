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
  readonly starts: readonly number[];
  /** Exclusive bucket ends, clipped to `to`; "as of" instants for snapshot metrics. */
  readonly ends: readonly number[];
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

/** Recent calendar bucketings by range: enumerating buckets converts time zones via Intl, about 3 calls per bucket. */
const CACHE = new Map<string, Bucketing>();
const CACHE_SIZE = 32;

/**
 * Index of the bucket holding `instant`, or -1. Starts a short scan at the bucket that the average bucket length
 * predicts (exact for equal lengths, off by one around DST or month lengths), so lookups cost O(1) instead of a
 * binary search; the scan is what makes the answer exact.
 */
function makeIndexOf(from: number, to: number, starts: readonly number[], ends: readonly number[]) {
  const n = starts.length;
  const first = n > 0 ? starts[0] : 0;
  const width = n > 0 ? (ends[n - 1] - first) / n : 1;
  return (instant: number): number => {
    if (!(instant >= from && instant < to) || n === 0) {
      return -1;
    }
    let i = width > 0 ? Math.min(n - 1, Math.max(0, Math.floor((instant - first) / width))) : 0;
    while (i > 0 && starts[i] > instant) {
      i -= 1;
    }
    while (i + 1 < n && starts[i + 1] <= instant) {
      i += 1;
    }
    return starts[i] <= instant && instant < ends[i] ? i : -1;
  };
}

function build(range: BucketingRange, sprints: readonly SprintRecord[]): Bucketing {
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
  return { bucket, from, to, starts, ends, indexOf: makeIndexOf(from, to, starts, ends) };
}

/**
 * Buckets for a request. Calendar buckets are local-time days, ISO weeks or months; `period` is [from, to).
 * `sprint` buckets start at each distinct sprint start overlapping the range and run to the next sprint
 * start (gaps between sprints belong to the earlier sprint); the last one ends at its sprint's end.
 * Calendar bucketings are cached by range (the last 32; the result is shared and read-only).
 *
 * @example makeBucketing({ from, to, bucket: 'week', timezone: 'Europe/Berlin' }).indexOf(t)
 */
export function makeBucketing(range: BucketingRange, sprints: readonly SprintRecord[] = []): Bucketing {
  if (range.bucket === 'sprint') {
    return build(range, sprints);
  }
  const key = `${range.bucket}|${range.timezone}|${range.from}|${range.to}`;
  let bucketing = CACHE.get(key);
  if (bucketing === undefined) {
    bucketing = build(range, sprints);
    if (CACHE.size >= CACHE_SIZE) {
      CACHE.delete(CACHE.keys().next().value ?? key);
    }
  } else {
    CACHE.delete(key);
  }
  CACHE.set(key, bucketing);
  return bucketing;
}
