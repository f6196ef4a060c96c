import { sumMetric } from './_lib/sumMetric';
import { mergedAtOf } from './_lib/prPhases';

/**
 * Throughput: number of PRs merged in each bucket. Source: changes.
 *
 * @example prThroughput(records, request) // [{ time, value: 42 }, ...]
 */
export const prThroughput = sumMetric({
  kind: 'changes',
  unit: 'short',
  valueKind: 'count',
  instantOf: mergedAtOf,
  bucketValue: (_, count) => count,
});
