/**
 * Counts, for any instant t, the intervals with start < t ≤ end, in O(log n) after an O(n log n) sort —
 * the sweep behind "open as of" snapshots, instead of re-checking every item at every bucket end.
 *
 * @example makeIntervalCounter([[0, 10], [5, 20]])(7) // 2
 */
export function makeIntervalCounter(intervals: ReadonlyArray<readonly [number, number]>): (t: number) => number {
  const valid = intervals.filter(([start, end]) => start < end);
  const starts = Float64Array.from(valid, ([start]) => start).sort();
  const ends = Float64Array.from(valid, ([, end]) => end).sort();
  return (t) => countBelow(starts, t) - countBelow(ends, t);
}

/** Number of values in the ascending array that are < x. */
function countBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}
