/**
 * Arithmetic mean of the finite values; null when there are none.
 *
 * @example mean([1, 2, 6]) // 3
 */
export function mean(values: readonly number[]): number | null {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (Number.isFinite(v)) {
      sum += v;
      count += 1;
    }
  }
  return count === 0 ? null : sum / count;
}
