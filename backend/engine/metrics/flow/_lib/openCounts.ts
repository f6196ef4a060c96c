import type { IndexColumn } from '../../../lib/bucketIndexes';

/** Which end of an interval is closed: (start, end] counts at its end instant, [start, end) at its start instant. */
export type ClosedEnd = 'end' | 'start';

/**
 * For each row (group) and each instant t of `asOf` (ascending), the number of intervals i of that row that hold
 * t: starts[i] < t ≤ ends[i] (closed 'end') or starts[i] ≤ t < ends[i] (closed 'start'). Intervals with
 * !(start ≤ end), e.g. NaN for "no interval", are left out. The same counts as intervalCounterOf per row, from one
 * pass without sorting: each interval adds 1 to the instants from the first one it holds up to the first one
 * after it. Row-major: counts[row × asOf.length + k].
 *
 * @example openCountsAt(Float64Array.of(0, 5), Float64Array.of(10, 20), undefined, 1, [7, 15], 'end') // [2, 1]
 */
export function openCountsAt(
  starts: Float64Array,
  ends: Float64Array,
  rowOf: IndexColumn | undefined,
  rows: number,
  asOf: readonly number[],
  closed: ClosedEnd
): Int32Array {
  const n = asOf.length;
  const diffs = new Int32Array(rows * (n + 1));
  const atStart = closed === 'start';
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    const end = ends[i];
    if (start <= end) {
      const base = (rowOf === undefined ? 0 : rowOf[i]) * (n + 1);
      diffs[base + firstHolding(asOf, start, atStart)] += 1;
      diffs[base + firstHolding(asOf, end, atStart)] -= 1;
    }
  }
  const counts = new Int32Array(rows * n);
  for (let row = 0; row < rows; row++) {
    let open = 0;
    for (let k = 0; k < n; k++) {
      open += diffs[row * (n + 1) + k];
      counts[row * n + k] = open;
    }
  }
  return counts;
}

/** Index of the first value ≥ x (orEqual) or > x in the ascending values; values.length when none. */
function firstHolding(values: readonly number[], x: number, orEqual: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x || (!orEqual && values[mid] === x)) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}
