import type { MetricResult } from '../../../common/metricResult';
import type { RecordKind } from '../../../common/records';
import { SOURCE_HINTS } from './sourceHints';

/**
 * A result with no series whose noDataReason says which source to set up. `mode: 'all'` (default) means
 * each listed kind is required; `'any'` means one of them would do.
 *
 * @example noDataResult('dora_change_fail_rate', 'percentunit', ['deployments']).noDataReason
 * // "No data: needs deployments. Set up the GitHub source with a production environment or deploy workflow pattern."
 */
export function noDataResult(
  metricId: string,
  unit: string,
  missing: readonly RecordKind[],
  mode: 'all' | 'any' = 'all'
): MetricResult {
  const hints = missing.map((kind) => SOURCE_HINTS[kind]);
  const joiner = mode === 'all' ? ' and ' : ' or ';
  const nouns = hints.map((h) => h.noun).join(joiner);
  const setups = [...new Set(hints.map((h) => h.setup))].join(joiner);
  return {
    metricId,
    unit,
    series: [],
    notices: [],
    noDataReason: `No data: needs ${nouns}. Set up ${setups}.`,
  };
}
