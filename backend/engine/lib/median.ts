import { percentile } from './percentile';

/**
 * Median (50th percentile, linear interpolation: the mean of the two middle values for even n); null when empty.
 *
 * @example median([4, 1, 3, 2]) // 2.5
 */
export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}
