/** Routes one DataQuery to its handler by queryType. */
import type { Frame } from '../protocol/frames/frame';
import { badRequest } from '../protocol/errors';
import { DEFAULT_DEMO_SEED } from '../sources/demo/demoSource';
import { demoFailure, demoTable, demoTimeSeries } from './demo/demoScenarios';
import { annotationQuery } from './handlers/annotationQuery';
import { metricQuery } from './handlers/metricQuery';
import { variableQuery } from './handlers/variableQuery';
import type { QueryContext } from './queryContext';
import type { ParsedQuery } from './queryModel';

export async function handleQuery(query: ParsedQuery, context: QueryContext): Promise<Frame[]> {
  const { instance } = context;
  const queryType = query.queryType ?? 'metric';
  if (queryType === 'demo_timeseries' || queryType === 'demo_table') {
    if (!instance.demoEnabled) {
      throw badRequest('The demo source is switched off for this data source; turn it on in the data source settings to use demo scenarios.');
    }
    if (query.failWith) {
      throw demoFailure(query.failWith, context.source.now);
    }
    const seed = instance.config.jsonData.demo?.seed ?? DEFAULT_DEMO_SEED;
    return queryType === 'demo_timeseries' ? demoTimeSeries(query, seed) : demoTable(query, seed);
  }
  switch (queryType) {
    case 'metric':
      return metricQuery(query, context);
    case 'annotations':
      return annotationQuery(query, context);
    case 'variable':
      return variableQuery(query, context);
  }
}
