import type { Series, SeriesPoint } from '../../../common/metricResult';

export type ComparisonLabel = 'previous_period' | 'baseline' | 'anomaly';

/**
 * A comparison series drawn on the current buckets: the labels gain { comparison, ...extra }.
 * Points are aligned to `currentStarts` by position counted from the end (the last previous bucket
 * sits on the last current bucket), so months of different lengths and shifted weeks line up;
 * current buckets without a counterpart get null.
 *
 * @example comparisonSeries(previous, currentStarts, 'previous_period')
 */
export function comparisonSeries(
  series: Series,
  currentStarts: readonly number[],
  comparison: ComparisonLabel,
  extraLabels: Record<string, string> = {},
  displayName?: string
): Series {
  const offset = currentStarts.length - series.points.length;
  const points: SeriesPoint[] = currentStarts.map((time, i) => {
    const source = series.points[i - offset];
    return { time, value: source === undefined ? null : source.value };
  });
  return {
    labels: { ...series.labels, comparison, ...extraLabels },
    points,
    ...(displayName ? { displayName } : {}),
  };
}
