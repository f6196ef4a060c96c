import { mean } from './mean';

/**
 * Population standard deviation (divides by n, not n − 1) of the finite values; null when there are none.
 *
 * @example standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]) // 2
 */
export function standardDeviation(values: readonly number[]): number | null {
  const finite = values.filter((v) => Number.isFinite(v));
  const m = mean(finite);
  if (m === null) {
    return null;
  }
  const variance = finite.reduce((sum, v) => sum + (v - m) ** 2, 0) / finite.length;
  return Math.sqrt(variance);
}
