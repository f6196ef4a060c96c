import React from 'react';
import type { AnnotationQuery, QueryEditorProps } from '@grafana/data';
import { DEFAULT_ANNOTATION_QUERY } from '../defaults';
import type { DataSource } from '../datasource';
import type { TeamMetricsQuery, TeamMetricsOptions } from '../types';
import { AnnotationFields } from './query/AnnotationFields';

/** Grafana's AnnotationQueryEditorProps (not exported by @grafana/data). */
export type Props = QueryEditorProps<DataSource, TeamMetricsQuery, TeamMetricsOptions> & {
  annotation?: AnnotationQuery<TeamMetricsQuery>;
  onAnnotationChange?: (annotation: AnnotationQuery<TeamMetricsQuery>) => void;
};

/** The annotation query of a dashboard: event kinds and filters (queryType `annotations`). */
export function AnnotationQueryEditor({ datasource, query, onChange, onRunQuery }: Props) {
  const annotationQuery: TeamMetricsQuery = { ...DEFAULT_ANNOTATION_QUERY, ...query, queryType: 'annotations' };
  return (
    <AnnotationFields datasource={datasource} query={annotationQuery} onChange={onChange} onRunQuery={onRunQuery} />
  );
}
