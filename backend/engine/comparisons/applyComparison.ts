import type { CatalogEntry } from '../../../common/catalog/types';
import type { MetricResult, Notice, Series } from '../../../common/metricResult';
import type { SprintRecord } from '../../../common/records';
import { comparisonSeries } from '../lib/comparisonSeries';
import { detectAnomalies, type AnomalyRule } from '../lib/detectAnomalies';
import { labelsKey } from '../lib/labelsKey';
import { makeBucketing } from '../lib/makeBucketing';
import { previousRange } from '../lib/previousRange';
import { trailingMean } from '../lib/trailingMean';
import type { MetricRequest } from '../types';
import { historyPoints, type Run } from './historyPoints';

const DURATION_UNITS = new Set(['ms', 's', 'm', 'h', 'd', 'dtdurations', 'dtdurationms']);
export const DEFAULT_BASELINE_PERIODS = 4;

/** Anomaly rules that make sense for a metric: z-score always; drops when higher is better; spikes for durations where lower is better (lead time). */
export function anomalyRules(entry: CatalogEntry): AnomalyRule[] {
  const rules: AnomalyRule[] = ['zscore'];
  if (entry.direction === 'higher_is_better') {
    rules.push('drop');
  }
  if (entry.direction === 'lower_is_better' && DURATION_UNITS.has(entry.unit)) {
    rules.push('spike');
  }
  return rules;
}

function previousPeriod(request: MetricRequest, run: Run, starts: readonly number[]): Series[] {
  const previous = run({ ...request, ...previousRange(request.from, request.to), comparison: 'none' });
  return previous.series.map((s) => comparisonSeries(s, starts, 'previous_period'));
}

function withHistory(result: MetricResult, request: MetricRequest, run: Run, sprints: readonly SprintRecord[]) {
  const periods = request.baselinePeriods > 0 ? Math.floor(request.baselinePeriods) : DEFAULT_BASELINE_PERIODS;
  const history = historyPoints(run, request, periods, sprints);
  return {
    periods,
    series: result.series.map((s) => ({ series: s, all: [...(history.get(labelsKey(s.labels)) ?? []), ...s.points] })),
  };
}

/**
 * Adds the comparison series a request asks for, labelled { comparison: ... }:
 * previous_period (same-length range just before, aligned to the current buckets), baseline (mean of the
 * N buckets before each bucket), anomaly (one 1/0 flag series per applicable rule, plus a notice).
 */
export function applyComparison(
  result: MetricResult,
  entry: CatalogEntry,
  request: MetricRequest,
  run: Run,
  sprints: readonly SprintRecord[] = []
): MetricResult {
  if (request.comparison === 'none' || result.noDataReason !== undefined) {
    return result;
  }
  const starts = makeBucketing(request, sprints).starts;
  if (request.comparison === 'previous_period') {
    return { ...result, series: [...result.series, ...previousPeriod(request, run, starts)] };
  }
  const { periods, series } = withHistory(result, request, run, sprints);
  if (request.comparison === 'baseline') {
    const extra = series.map(({ series: s, all }) =>
      comparisonSeries(
        { labels: s.labels, points: trailingMean(all, periods).slice(-s.points.length) },
        starts,
        'baseline'
      )
    );
    return { ...result, series: [...result.series, ...extra] };
  }
  const rules = anomalyRules(entry);
  const extra: Series[] = [];
  const counts: string[] = [];
  for (const rule of rules) {
    let flagged = 0;
    for (const { series: s, all } of series) {
      const points = detectAnomalies(all, periods)[rule].slice(-s.points.length);
      flagged += points.filter((p) => p.value === 1).length;
      extra.push(comparisonSeries({ labels: s.labels, points }, starts, 'anomaly', { rule }));
    }
    counts.push(`${rule}: ${flagged}`);
  }
  const notice: Notice = {
    severity: 'info',
    text: `Anomaly flags over the last ${periods} buckets (${counts.join(', ')}).`,
  };
  return { ...result, series: [...result.series, ...extra], notices: [...result.notices, notice] };
}
