import type { AnnotationQuery, AnnotationSupport } from '@grafana/data';
import { DEFAULT_ANNOTATION_QUERY } from './defaults';
import type { TeamMetricsQuery } from './types';
import { AnnotationQueryEditor } from './views/AnnotationQueryEditor';

/**
 * Annotations run through QueryData with queryType `annotations`; the backend returns frames with
 * time, timeEnd, title, text and tags fields, which Grafana's standard frame-to-event mapping understands.
 */
export const annotationSupport: AnnotationSupport<TeamMetricsQuery> = {
  QueryEditor: AnnotationQueryEditor,
  getDefaultQuery: () => DEFAULT_ANNOTATION_QUERY,
  prepareQuery: (anno: AnnotationQuery<TeamMetricsQuery>) => {
    if (!anno.target) {
      return undefined;
    }
    return { ...DEFAULT_ANNOTATION_QUERY, ...anno.target, queryType: 'annotations' };
  },
};
