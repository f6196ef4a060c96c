import { sumMetric } from './_lib/sumMetric';

/**
 * Reopen rate: PRs that were ever reopened / PRs closed or merged in each bucket (placed at merge, else close).
 * Source: changes.
 *
 * @example prReopenRate(records, request) // 0.03 = 3 %
 */
export const prReopenRate = sumMetric({
  kind: 'changes',
  unit: 'percentunit',
  valueKind: 'ratio',
  instantOf: (c) => c.mergedAt ?? c.closedAt,
  amountOf: (c) => (c.reopenedCount > 0 ? 1 : 0),
  bucketValue: (reopened, count) => reopened / count,
});
