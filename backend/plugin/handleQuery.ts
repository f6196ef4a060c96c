/** Routes one DataQuery to its handler by queryType. */
import type { Frame } from '../protocol/frames/frame';
import { badRequest } from '../protocol/errors';
import type { DataQuery } from '../protocol/messages';
import { DEFAULT_DEMO_SEED } from '../sources/demo/demoSource';
import { demoFailure, demoTable, demoTimeSeries } from './demo/demoScenarios';
import { annotationQuery } from './handlers/annotationQuery';
import { metricQuery } from './handlers/metricQuery';
import { variableQuery } from './handlers/variableQuery';
import type { DataSourceInstance } from './dataSourceInstance';
import type { QueryContext } from './queryContext';
import type { ParsedQuery } from './queryModel';

/** Query types whose answer is a function of the query and the instance's settings alone (the demo seed). */
const PURE_QUERY_TYPES: ReadonlySet<string> = new Set(['demo_timeseries', 'demo_table']);

/**
 * Optional instance hook: a token that changes whenever any of its sources' records may change (a
 * committed sync batch, an expired cache, the demo organisation's hour), or undefined when it cannot tell.
 */
interface DataGenerationSource {
  dataGeneration?(now: number): string | number | undefined;
}

/**
 * What a query's answer depends on besides the query and the instance's settings, as a token that
 * changes whenever the answer may. Undefined = the answer cannot be reused (see protocol/queryMemo.ts).
 * `model` is the query's parsed JSON, whose queryType wins over the DataQuery's (as in parseQuery).
 */
export function dataGeneration(query: DataQuery, model: Readonly<Record<string, unknown>>, instance: DataSourceInstance, now: number): string | undefined {
  const queryType = model.queryType ?? (query.queryType || 'metric');
  if (typeof queryType !== 'string') {
    return undefined;
  }
  if (PURE_QUERY_TYPES.has(queryType)) {
    return 'pure';
  }
  const generation = (instance as DataGenerationSource).dataGeneration?.(now);
  return generation === undefined ? undefined : `data:${generation}`;
}

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
