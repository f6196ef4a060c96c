import React, { useEffect } from 'react';
import type { QueryEditorProps } from '@grafana/data';
import type { DataSource } from '../datasource';
import { DEFAULT_VARIABLE_QUERY } from '../defaults';
import type { TeamMetricsQuery, TeamMetricsOptions } from '../types';
import { VariableFields } from './query/VariableFields';

export type Props = QueryEditorProps<DataSource, TeamMetricsQuery, TeamMetricsOptions, TeamMetricsQuery>;

/** The query of a template variable: which values to list (queryType `variable`). */
export function VariableQueryEditor({ datasource, query, onChange, onRunQuery }: Props) {
  const variableQuery: TeamMetricsQuery = { ...DEFAULT_VARIABLE_QUERY, ...query, queryType: 'variable' };
  const needsDefaults = query.queryType !== 'variable' || !query.variableKind;

  useEffect(() => {
    // Store the defaults once, so the saved variable runs the query the editor shows.
    if (needsDefaults) {
      onChange(variableQuery);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needsDefaults]);

  return <VariableFields datasource={datasource} query={variableQuery} onChange={onChange} onRunQuery={onRunQuery} />;
}
