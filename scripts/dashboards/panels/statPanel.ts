/** One stat card per metric: value over the target's window, coloured by the target, owner and target shown. */
import * as common from '@grafana/grafana-foundation-sdk/common';
import * as stat from '@grafana/grafana-foundation-sdk/stat';
import type { CatalogEntry } from '../../../common/catalog/types';
import type { QueryFilters } from '../../../common/query';
import { metricThresholds } from '../metricThresholds';
import { metricWindow } from '../metricWindow';
import { panelDescription } from '../panelDescription';
import { targetText } from '../targetText';
import { DATASOURCE_REF, TeamMetricsTargetBuilder } from '../teamMetricsTarget';
import { metricFilters } from './metricFilters';

export function statPanel(entry: CatalogEntry, filters: QueryFilters): stat.PanelBuilder {
  const window = metricWindow(entry);
  const target = targetText(entry);
  const panel = new stat.PanelBuilder()
    .title(entry.title)
    .description(panelDescription(entry))
    .datasource(DATASOURCE_REF)
    .withTarget(
      new TeamMetricsTargetBuilder('A', {
        queryType: 'metric',
        metric: entry.id,
        bucket: window.bucket,
        groupBy: 'none',
        filters: metricFilters(entry, filters),
      })
    )
    .unit(entry.unit)
    .displayName(target ? `Target ${target} · ${entry.owner}` : `Owner: ${entry.owner}`)
    .reduceOptions(new common.ReduceDataOptionsBuilder().calcs([window.calc]).values(false))
    .colorMode(target ? common.BigValueColorMode.Background : common.BigValueColorMode.None)
    .graphMode(common.BigValueGraphMode.None)
    .textMode(common.BigValueTextMode.ValueAndName)
    .justifyMode(common.BigValueJustifyMode.Center);
  if (entry.decimals !== undefined) {
    panel.decimals(entry.decimals);
  }
  const thresholds = metricThresholds(entry);
  if (thresholds) {
    panel.thresholds(thresholds);
  }
  if (window.timeFrom) {
    panel.timeFrom(window.timeFrom);
  }
  return panel;
}
