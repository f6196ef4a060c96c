/**
 * Counts, for any instant t, the intervals with start < t ≤ end, in O(log n) after an O(n log n) sort —
 * the sweep behind "open as of" snapshots, instead of re-checking every item at every bucket end.
 *
 * @example makeIntervalCounter([[0, 10], [5, 20]])(7) // 2
 */
export function makeIntervalCounter(intervals: ReadonlyArray<readonly [number, number]>): (t: number) => number {
  return intervalCounterOf(
    Float64Array.from(intervals, ([start]) => start),
    Float64Array.from(intervals, ([, end]) => end)
  );
}

/**
 * makeIntervalCounter over columns: interval i is (starts[i], ends[i]]; intervals with !(start < end), e.g. NaN
 * for "no interval", are left out. The columns are not mutated.
 *
 * @example intervalCounterOf(Float64Array.of(0, 5), Float64Array.of(10, 20))(7) // 2
 */
export function intervalCounterOf(startColumn: Float64Array, endColumn: Float64Array): (t: number) => number {
  const starts = new Float64Array(startColumn.length);
  const ends = new Float64Array(startColumn.length);
  let count = 0;
  for (let i = 0; i < startColumn.length; i++) {
    if (startColumn[i] < endColumn[i]) {
      starts[count] = startColumn[i];
      ends[count] = endColumn[i];
      count += 1;
    }
  }
  const sortedStarts = starts.subarray(0, count).sort();
  const sortedEnds = ends.subarray(0, count).sort();
  return (t) => countBelow(sortedStarts, t) - countBelow(sortedEnds, t);
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
