import { aggregateMetric } from './_lib/aggregateMetric';

/**
 * Throughput: number of PRs merged in each bucket. Source: changes.
 *
 * @example prThroughput(records, request) // [{ time, value: 42 }, ...]
 */
export const prThroughput = aggregateMetric({
  kind: 'changes',
  unit: 'short',
  valueKind: 'count',
  instantOf: (c) => c.mergedAt,
  aggregate: (changes) => changes.length,
});
