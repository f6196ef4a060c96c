import { mean } from './mean';
import { standardDeviation } from './standardDeviation';

/**
 * Coefficient of variation: population standard deviation / |mean|. Null when empty or the mean is 0.
 * 0 means perfectly consistent; 0.2 means a typical deviation of 20% of the mean.
 *
 * @example coefficientOfVariation([20, 30, 40]) // 0.2722 (sd 8.165 / mean 30)
 */
export function coefficientOfVariation(values: readonly number[]): number | null {
  const m = mean(values);
  const sd = standardDeviation(values);
  if (m === null || sd === null || m === 0) {
    return null;
  }
  return sd / Math.abs(m);
}
