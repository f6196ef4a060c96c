import { aggregateMetric } from './_lib/aggregateMetric';
import { mergedAtOf } from './_lib/prPhases';

/**
 * Throughput: number of PRs merged in each bucket. Source: changes.
 *
 * @example prThroughput(records, request) // [{ time, value: 42 }, ...]
 */
export const prThroughput = aggregateMetric({
  kind: 'changes',
  unit: 'short',
  valueKind: 'count',
  instantOf: mergedAtOf,
  aggregate: (changes) => changes.length,
});
