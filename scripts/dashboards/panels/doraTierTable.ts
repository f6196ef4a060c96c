/** DORA overview: one row per key (value, tier, preset) from each metric's `format: table` tier result. */
import * as table from '@grafana/grafana-foundation-sdk/table';
import type { CatalogEntry } from '../../../common/catalog/types';
import type { QueryFilters } from '../../../common/query';
import { DATASOURCE_REF, TeamMetricsTargetBuilder, refIdAt } from '../teamMetricsTarget';
import { metricFilters } from './metricFilters';

export function doraTierTable(entries: readonly CatalogEntry[], filters: QueryFilters): table.PanelBuilder {
  const panel = new table.PanelBuilder()
    .title('DORA tiers (data source preset)')
    .description(
      'Each DORA key over the selected range and its performance tier under the tier preset chosen in the data source settings. ' +
        "Tiers are published cluster bands (dora.dev), made monotone; keys without bands (e.g. rework rate) show no tier. Hover each key's stat panel for its definition."
    )
    .datasource(DATASOURCE_REF)
    .withTransformation({ id: 'merge', options: {} });
  entries.forEach((entry, i) => {
    panel.withTarget(
      new TeamMetricsTargetBuilder(refIdAt(i), {
        queryType: 'metric',
        metric: entry.id,
        bucket: 'period',
        groupBy: 'none',
        format: 'table',
        filters: metricFilters(entry, filters),
      })
    );
  });
  return panel;
}
