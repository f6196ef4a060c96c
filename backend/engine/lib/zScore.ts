import { mean } from './mean';
import { standardDeviation } from './standardDeviation';

/**
 * How many population standard deviations `value` lies from the mean of `sample`.
 * Null when the sample has fewer than 2 finite values or no spread (sd = 0).
 *
 * @example zScore(10, [2, 4, 4, 4, 5, 5, 7, 9]) // 2.5
 */
export function zScore(value: number, sample: readonly number[]): number | null {
  const finite = sample.filter((v) => Number.isFinite(v));
  const m = mean(finite);
  const sd = standardDeviation(finite);
  if (finite.length < 2 || m === null || sd === null || sd === 0 || !Number.isFinite(value)) {
    return null;
  }
  return (value - m) / sd;
}
