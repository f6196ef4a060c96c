import type { EmailStatsRow } from '../../../../common/records';
import type { MetricRequest } from '../../types';
import { aggregateMetric, ratioOfSums } from '../flow/_lib/aggregateMetric';
import { dimensionOf } from '../../lib/dimensionOf';

function openRateOf(rows: EmailStatsRow[], request: MetricRequest): number | null {
  const denominator =
    request.options.openRateDenominator === 'sent' ? (r: EmailStatsRow) => r.sent : (r: EmailStatsRow) => r.delivered;
  return ratioOfSums((r: EmailStatsRow) => r.opens, denominator)(rows);
}

/**
 * Email open rate: Σ opens / Σ delivered of the rows dated in each bucket (Σ sent with
 * options.openRateDenominator = 'sent'); null when the denominator is 0 — never a division by zero.
 *
 * @example emailOpenRate(records, request) // 0.27
 */
export const emailOpenRate = aggregateMetric({
  kind: 'emailStats',
  unit: 'percentunit',
  valueKind: 'ratio',
  instantOf: (r) => r.date,
  groupOf: dimensionOf,
  aggregate: openRateOf,
});

/**
 * Email click rate: Σ clicks / Σ delivered per bucket; null when nothing was delivered.
 *
 * @example emailClickRate(records, request) // 0.03
 */
export const emailClickRate = aggregateMetric({
  kind: 'emailStats',
  unit: 'percentunit',
  valueKind: 'ratio',
  instantOf: (r) => r.date,
  groupOf: dimensionOf,
  aggregate: ratioOfSums(
    (r) => r.clicks,
    (r) => r.delivered
  ),
});
