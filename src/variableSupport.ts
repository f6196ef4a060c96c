import { CustomVariableSupport, type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import type { Observable } from 'rxjs';
import type { DataSource } from './datasource';
import { DEFAULT_VARIABLE_QUERY } from './defaults';
import type { TeamMetricsOptions, TeamMetricsQuery } from './types';
import { VariableQueryEditor } from './views/VariableQueryEditor';

/**
 * Template variables run through QueryData (queryType `variable`), so they are interpolated like panel
 * queries and the backend returns a frame with `text` and `value` fields.
 */
export class TeamMetricsVariableSupport extends CustomVariableSupport<
  DataSource,
  TeamMetricsQuery,
  TeamMetricsQuery,
  TeamMetricsOptions
> {
  editor = VariableQueryEditor;

  constructor(private readonly datasource: DataSource) {
    super();
  }

  query(request: DataQueryRequest<TeamMetricsQuery>): Observable<DataQueryResponse> {
    const targets = request.targets.map((target) => ({
      ...DEFAULT_VARIABLE_QUERY,
      ...target,
      queryType: 'variable' as const,
    }));
    return this.datasource.query({ ...request, targets });
  }
}
