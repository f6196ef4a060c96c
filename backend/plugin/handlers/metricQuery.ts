/** queryType `metric`: one catalog metric computed by the engine over the data source's records. */
import { getCatalogEntry } from '../../../common/catalog';
import { computeMetric, defaultEngineOptions } from '../../engine';
import { UnknownMetricError } from '../../engine/errors';
import type { EngineOptions, MetricRequest } from '../../engine/types';
import { isValidTimeZone } from '../../engine/lib/isValidTimeZone';
import { badRequest } from '../../protocol/errors';
import type { Frame } from '../../protocol/frames/frame';
import type { DataSourceInstance } from '../dataSourceInstance';
import { metricFrames } from '../frames/metricFrames';
import type { QueryContext } from '../queryContext';
import type { ParsedQuery } from '../queryModel';
import { fetchWindow } from './fetchWindow';

export function engineOptions(instance: DataSourceInstance): EngineOptions {
  const { engine = {}, targets = {}, notion, hubspot } = instance.config.jsonData;
  const targetValues: Record<string, number> = {};
  for (const [id, override] of Object.entries(targets)) {
    if (override.target !== undefined) {
      targetValues[id] = override.target;
    }
  }
  return {
    ...defaultEngineOptions,
    ...Object.fromEntries(Object.entries(engine).filter(([, v]) => v !== undefined && v !== '')),
    ...(notion?.dateBasis ? { documentDateBasis: notion.dateBasis } : {}),
    ...(hubspot?.openRateDenominator ? { openRateDenominator: hubspot.openRateDenominator } : {}),
    targets: targetValues,
  };
}

export function resolveTimeZone(query: ParsedQuery, instance: DataSourceInstance): string {
  const timezone = query.timezone || instance.timezone;
  if (!isValidTimeZone(timezone)) {
    throw badRequest(`Unknown time zone "${timezone}". Use an IANA name such as "Europe/Berlin" or "UTC".`);
  }
  return timezone;
}

export async function metricQuery(query: ParsedQuery, context: QueryContext): Promise<Frame[]> {
  const { instance } = context;
  if (!query.metric) {
    throw badRequest('Pick a metric: the query has no "metric".');
  }
  const entry = getCatalogEntry(query.metric);
  if (!entry) {
    throw badRequest(`Unknown metric "${query.metric}". Pick one from the list in the query editor (GET /catalog lists them all).`);
  }
  const options = engineOptions(instance);
  const request: MetricRequest = {
    metricId: entry.id,
    from: query.from,
    to: query.to,
    timezone: resolveTimeZone(query, instance),
    bucket: query.bucket ?? 'week',
    groupBy: query.groupBy ?? 'none',
    filters: query.filters ?? {},
    comparison: query.comparison ?? 'none',
    baselinePeriods: query.baselinePeriods ?? 4,
    options,
  };
  // Sprint buckets come from sprint records, whatever the metric itself reads.
  const kinds = [...new Set([...entry.needs, ...(entry.needsAny ?? []), ...(request.bucket === 'sprint' ? (['sprints'] as const) : [])])];
  const fetched = await instance.records(fetchWindow(request), kinds, context.source);
  let result;
  try {
    result = computeMetric(fetched.records, request);
  } catch (err) {
    if (err instanceof UnknownMetricError) {
      throw badRequest(err.message);
    }
    throw err;
  }
  result = { ...result, notices: [...fetched.notices, ...result.notices] };
  return metricFrames(result, {
    sourceMeta: fetched.meta,
    entry,
    target: options.targets[entry.id] ?? entry.target?.value,
    periodValue: request.bucket === 'period',
    format: query.format ?? 'timeseries',
    executedQueryString: `${entry.id} bucket=${request.bucket} groupBy=${request.groupBy} tz=${request.timezone}`,
  });
}
