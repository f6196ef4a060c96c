import { changeColumnsOf } from './_lib/changeColumns';
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
  instants: (changes) => changeColumnsOf(changes).settledAt,
  amounts: (changes) => changeColumnsOf(changes).reopened,
  bucketValue: (reopened, count) => reopened / count,
});
