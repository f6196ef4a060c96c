import type { SeriesPoint } from '../../../common/metricResult';
import { mean } from './mean';

/**
 * Baseline: each point becomes the mean of the non-null values of the `periods` points before it
 * (null when there are none). Times are kept.
 *
 * @example trailingMean([{time: 1, value: 2}, {time: 2, value: 4}, {time: 3, value: 9}], 2) // values null, 2, 3
 */
export function trailingMean(points: readonly SeriesPoint[], periods: number): SeriesPoint[] {
  return points.map((point, i) => {
    const window = points
      .slice(Math.max(0, i - Math.max(0, Math.floor(periods))), i)
      .map((p) => p.value)
      .filter((v): v is number => v !== null);
    return { time: point.time, value: mean(window) };
  });
}
