import { aggregateMetric, shareOf } from './_lib/aggregateMetric';

/**
 * Reopen rate: PRs that were ever reopened / PRs closed or merged in each bucket (placed at merge, else close).
 * Source: changes.
 *
 * @example prReopenRate(records, request) // 0.03 = 3 %
 */
export const prReopenRate = aggregateMetric({
  kind: 'changes',
  unit: 'percentunit',
  valueKind: 'ratio',
  instantOf: (c) => c.mergedAt ?? c.closedAt,
  aggregate: shareOf((c) => c.reopenedCount > 0),
});
