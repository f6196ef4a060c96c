/** The metric engine: pure, no I/O, no clock ("as of" is request.to). */
import { getCatalogEntry } from '../../common/catalog';
import type { MetricResult } from '../../common/metricResult';
import type { RecordSet } from '../../common/records';
import { applyComparison } from './comparisons/applyComparison';
import { MetricNotImplementedError, UnknownMetricError } from './errors';
import { applyFilters } from './lib/applyFilters';
import { isValidTimeZone } from './lib/isValidTimeZone';
import { missingKinds } from './lib/missingKinds';
import { noDataResult } from './lib/noDataResult';
import { REGISTRY } from './registry';
import { attachTiers } from './tiers/attachTiers';
import type { MetricRequest } from './types';

export { defaultEngineOptions } from './defaultEngineOptions';
export { UnknownMetricError, MetricNotImplementedError } from './errors';

/**
 * Computes one catalog metric: unknown id → UnknownMetricError; a needed source not set up → a result with
 * noDataReason; otherwise filters, dispatches to the metric's computer, adds comparison series and, where
 * the catalog entry has DORA tiers, the tier classification.
 */
export function computeMetric(records: RecordSet, request: MetricRequest): MetricResult {
  const entry = getCatalogEntry(request.metricId);
  if (!entry) {
    throw new UnknownMetricError(request.metricId);
  }
  const computer = REGISTRY[entry.id];
  if (!computer) {
    throw new MetricNotImplementedError(entry.id);
  }
  const missing = missingKinds(records, entry.needs);
  if (missing.length > 0) {
    return noDataResult(entry.id, entry.unit, missing);
  }
  if (entry.needsAny && missingKinds(records, entry.needsAny).length === entry.needsAny.length) {
    return noDataResult(entry.id, entry.unit, entry.needsAny, 'any');
  }
  if (request.bucket === 'sprint' && records.sprints === undefined) {
    return noDataResult(entry.id, entry.unit, ['sprints']);
  }
  const notices = isValidTimeZone(request.timezone)
    ? []
    : [{ severity: 'warning' as const, text: `Unknown time zone "${request.timezone}"; buckets use UTC.` }];
  const effective: MetricRequest = notices.length > 0 ? { ...request, timezone: 'UTC' } : request;
  const filtered = applyFilters(records, request.filters);
  const run = (r: MetricRequest): MetricResult => computer(filtered, r);
  const base = run(effective);
  const result: MetricResult = {
    ...base,
    unit: base.unit || entry.unit,
    decimals: base.decimals ?? entry.decimals,
    notices: [...notices, ...base.notices],
  };
  const compared = applyComparison(result, entry, effective, run, filtered.sprints ?? []);
  return attachTiers(compared, entry, effective, run);
}
