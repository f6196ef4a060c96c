/** A time series of one or more metrics per bucket, with the first metric's target drawn as a dashed line. */
import * as common from '@grafana/grafana-foundation-sdk/common';
import * as timeseries from '@grafana/grafana-foundation-sdk/timeseries';
import type { CatalogEntry } from '../../../common/catalog/types';
import type { Bucket, Comparison, GroupByKey, QueryFilters } from '../../../common/query';
import { metricThresholds } from '../metricThresholds';
import { panelsDescription } from '../panelDescription';
import { DATASOURCE_REF, TeamMetricsTargetBuilder, refIdAt } from '../teamMetricsTarget';
import { metricFilters } from './metricFilters';

export interface TrendOptions {
  title: string;
  bucket: Bucket;
  comparison?: Comparison;
  groupBy?: GroupByKey;
  /** Stacked bars (e.g. cycle-time phases) instead of lines. */
  stackedBars?: boolean;
}

export function trendPanel(
  entries: readonly CatalogEntry[],
  filters: QueryFilters,
  options: TrendOptions
): timeseries.PanelBuilder {
  const panel = new timeseries.PanelBuilder()
    .title(options.title)
    .description(panelsDescription(entries))
    .datasource(DATASOURCE_REF)
    .legend(
      new common.VizLegendOptionsBuilder()
        .displayMode(common.LegendDisplayMode.List)
        .placement(common.LegendPlacement.Bottom)
        .showLegend(true)
    )
    .lineWidth(2)
    .fillOpacity(options.stackedBars ? 80 : 10)
    .drawStyle(options.stackedBars ? common.GraphDrawStyle.Bars : common.GraphDrawStyle.Line)
    .stacking(
      new common.StackingConfigBuilder().mode(
        options.stackedBars ? common.StackingMode.Normal : common.StackingMode.None
      )
    )
    .spanNulls(true);
  entries.forEach((entry, i) => {
    panel.withTarget(
      new TeamMetricsTargetBuilder(refIdAt(i), {
        queryType: 'metric',
        metric: entry.id,
        bucket: options.bucket,
        groupBy: options.groupBy ?? 'none',
        comparison: options.comparison ?? 'none',
        filters: metricFilters(entry, filters),
      })
    );
  });
  const first = entries[0];
  if (first) {
    panel.unit(first.unit);
    const thresholds = entries.length === 1 && !options.stackedBars ? metricThresholds(first) : undefined;
    if (thresholds) {
      panel
        .thresholds(thresholds)
        .thresholdsStyle(new common.GraphThresholdsStyleConfigBuilder().mode(common.GraphThresholdsStyleMode.Dashed));
    }
  }
  return panel;
}
