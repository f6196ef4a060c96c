import type { SeriesPoint } from '../../../common/metricResult';
import { mean } from './mean';
import { zScore } from './zScore';

export const ANOMALY_Z_THRESHOLD = 2;
/** A drop of more than this fraction versus the previous bucket (e.g. week over week). */
export const ANOMALY_DROP_FRACTION = 0.5;
/** A value more than this multiple of the trailing baseline (e.g. lead time). */
export const ANOMALY_SPIKE_FACTOR = 2;

export type AnomalyRule = 'zscore' | 'drop' | 'spike';

/**
 * Flags per point (1 = anomalous, 0 = normal, null = cannot tell: no value or not enough history):
 * - zscore: |z| > 2 against the `window` previous non-null values (needs ≥ 2 with some spread);
 * - drop: more than 50% below the previous bucket (previous value > 0);
 * - spike: more than 2× the mean of the `window` previous non-null values (baseline > 0).
 *
 * @example detectAnomalies(points, 4).drop // [null, 0, 1, ...]
 */
export function detectAnomalies(points: readonly SeriesPoint[], window: number): Record<AnomalyRule, SeriesPoint[]> {
  const flag = (condition: boolean | null): number | null => (condition === null ? null : condition ? 1 : 0);
  const result: Record<AnomalyRule, SeriesPoint[]> = { zscore: [], drop: [], spike: [] };
  points.forEach(({ time, value }, i) => {
    const history = points
      .slice(Math.max(0, i - window), i)
      .map((p) => p.value)
      .filter((v): v is number => v !== null);
    const previous = i > 0 ? points[i - 1].value : null;
    const z = value === null ? null : zScore(value, history);
    const baseline = mean(history);
    result.zscore.push({ time, value: flag(z === null ? null : Math.abs(z) > ANOMALY_Z_THRESHOLD) });
    result.drop.push({
      time,
      value: flag(
        value === null || previous === null || previous <= 0 ? null : value < previous * (1 - ANOMALY_DROP_FRACTION)
      ),
    });
    result.spike.push({
      time,
      value: flag(
        value === null || baseline === null || baseline <= 0 ? null : value > baseline * ANOMALY_SPIKE_FACTOR
      ),
    });
  });
  return result;
}
