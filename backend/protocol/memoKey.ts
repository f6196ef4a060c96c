/**
 * The memo key of a query: everything in the DataQuery that can change its answer (the query JSON
 * without its refId, type, time range, interval, max data points) within a scope the plugin names
 * (data source instance and data generation).
 */
import type { DataQuery } from './messages';
import type { QueryJson } from './queryJson';

export function memoKey(query: DataQuery, json: QueryJson, scope: string): string {
  const range = query.timeRange;
  // A JSON array ends where it ends, so the model's JSON can follow it without ambiguity.
  return JSON.stringify([scope, query.queryType, range?.fromEpochMS ?? null, range?.toEpochMS ?? null, query.intervalMS, query.maxDataPoints]) + json.withoutRefId;
}
