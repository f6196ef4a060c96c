/** Template variables: the data source (any Team Metrics instance) and repo/team lists from it. */
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import type { TeamMetricsQueryModel, VariableKind } from '../../common/query';
import { DATASOURCE_VARIABLE, PLUGIN_ID } from './constants';
import { DATASOURCE_REF } from './teamMetricsTarget';

/** "All" sends "*", which the backend's filters treat as no filter (backend/engine/lib/filterRecords.ts). */
export const ALL_VALUE = '*';

export function datasourceVariable(): dashboard.DatasourceVariableBuilder {
  return new dashboard.DatasourceVariableBuilder(DATASOURCE_VARIABLE).label('Data source').type(PLUGIN_ID);
}

/** A multi-value query variable listing one dimension (queryType `variable`), with an "All" option. */
export function dimensionVariable(kind: VariableKind, label: string): dashboard.QueryVariableBuilder {
  const query: TeamMetricsQueryModel & { refId: string } = {
    refId: `${kind}-variable`,
    queryType: 'variable',
    variableKind: kind,
  };
  return new dashboard.QueryVariableBuilder(kind)
    .label(label)
    .datasource(DATASOURCE_REF)
    .query(query)
    .definition(`${kind} values`)
    .refresh(dashboard.VariableRefresh.OnTimeRangeChanged)
    .sort(dashboard.VariableSort.AlphabeticalCaseInsensitiveAsc)
    .multi(true)
    .includeAll(true)
    .allValue(ALL_VALUE)
    .current({ text: ['All'], value: ['$__all'] });
}
