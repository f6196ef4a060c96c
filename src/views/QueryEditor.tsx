import React, { type ComponentType } from 'react';
import type { QueryEditorProps } from '@grafana/data';
import { Stack } from '@grafana/ui';
import type { QueryType } from '../../common/query';
import type { DataSource } from '../datasource';
import type { TeamMetricsQuery, TeamMetricsOptions } from '../types';
import { AnnotationFields } from './query/AnnotationFields';
import { DemoQueryEditor } from './query/DemoQueryEditor';
import { MetricQueryEditor } from './query/MetricQueryEditor';
import { QueryTypeField } from './query/QueryTypeField';
import type { QueryFieldsProps } from './query/types';
import { VariableFields } from './query/VariableFields';

/** Every query type has an editor; adding a type to QUERY_TYPES fails the build until it is mapped here. */
const EDITORS: Record<QueryType, ComponentType<QueryFieldsProps>> = {
  metric: MetricQueryEditor,
  annotations: AnnotationFields,
  variable: VariableFields,
  demo_timeseries: DemoQueryEditor,
  demo_table: DemoQueryEditor,
};

export type Props = QueryEditorProps<DataSource, TeamMetricsQuery, TeamMetricsOptions>;

export function QueryEditor({ datasource, query, onChange, onRunQuery }: Props) {
  const queryType = query.queryType ?? 'metric';
  const Editor = EDITORS[queryType];
  return (
    <Stack direction="column" gap={1}>
      <QueryTypeField
        value={queryType}
        onChange={(type) => {
          onChange({ ...query, queryType: type });
          onRunQuery();
        }}
      />
      <Editor datasource={datasource} query={query} onChange={onChange} onRunQuery={onRunQuery} />
    </Stack>
  );
}
