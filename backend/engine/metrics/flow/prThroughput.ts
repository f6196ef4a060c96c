import { sumMetric } from './_lib/sumMetric';
import { mergedAtColumn } from './_lib/changeColumns';

/**
 * Throughput: number of PRs merged in each bucket. Source: changes.
 *
 * @example prThroughput(records, request) // [{ time, value: 42 }, ...]
 */
export const prThroughput = sumMetric({
  kind: 'changes',
  unit: 'short',
  valueKind: 'count',
  instants: mergedAtColumn,
  bucketValue: (_, count) => count,
});
