/** Parses and checks the query JSON Grafana sends (DataQuery.json) into the shared query model. */
import { z } from 'zod';

import { ANNOTATION_KINDS, BUCKETS, COMPARISONS, FILTER_KEYS, GROUP_BY_KEYS, QUERY_TYPES, VARIABLE_KINDS, type TeamMetricsQueryModel } from '../../common/query';
import { badRequest } from '../protocol/errors';
import type { DataQuery } from '../protocol/messages';
import { describeZodError } from './zodMessages';

export const DEMO_FAILURES = ['rate_limit', 'timeout', 'unauthorized', 'not_found'] as const;
export type DemoFailure = (typeof DEMO_FAILURES)[number];

const filterValues = z.array(z.string().max(500)).max(1000);

const querySchema = z
  .object({
    queryType: z.enum(QUERY_TYPES).optional(),
    metric: z.string().max(200).optional(),
    filters: z.partialRecord(z.enum(FILTER_KEYS), filterValues).optional(),
    groupBy: z.enum(GROUP_BY_KEYS).optional(),
    bucket: z.enum(BUCKETS).optional(),
    comparison: z.enum(COMPARISONS).optional(),
    baselinePeriods: z.number().int().min(1).max(52).optional(),
    timezone: z.string().max(100).optional(),
    format: z.enum(['timeseries', 'table']).optional(),
    annotationKinds: z.array(z.enum(ANNOTATION_KINDS)).optional(),
    variableKind: z.enum(VARIABLE_KINDS).optional(),
    seriesCount: z.number().int().min(1).optional(),
    failWith: z.enum(DEMO_FAILURES).optional(),
  })
  .passthrough();

export interface ParsedQuery extends TeamMetricsQueryModel {
  refId: string;
  format?: 'timeseries' | 'table';
  /** Demo scenarios only: answer as a failing provider would. */
  failWith?: DemoFailure;
  from: number;
  to: number;
  intervalMs: number;
  maxDataPoints: number;
}

export function parseQuery(query: DataQuery): ParsedQuery {
  let raw: unknown;
  try {
    raw = JSON.parse(query.json.toString('utf8'));
  } catch (err) {
    throw badRequest(`The query JSON could not be parsed (${err instanceof Error ? err.message : 'syntax error'}). Re-open the query in the editor and save it.`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw badRequest('The query JSON must be an object.');
  }
  const withType = { ...(raw as Record<string, unknown>) };
  if (withType.queryType === undefined && query.queryType) {
    withType.queryType = query.queryType;
  }
  const parsed = querySchema.safeParse(withType);
  if (!parsed.success) {
    throw badRequest(`The query is invalid: ${describeZodError(parsed.error)}.`);
  }
  const range = query.timeRange;
  if (!range || !Number.isFinite(range.fromEpochMS) || !Number.isFinite(range.toEpochMS) || range.toEpochMS <= range.fromEpochMS) {
    throw badRequest('The query time range is empty or reversed; pick a time range whose end is after its start.');
  }
  return {
    ...(parsed.data as TeamMetricsQueryModel & { format?: 'timeseries' | 'table'; failWith?: DemoFailure }),
    refId: query.refId,
    from: range.fromEpochMS,
    to: range.toEpochMS,
    intervalMs: query.intervalMS,
    maxDataPoints: query.maxDataPoints,
  };
}
