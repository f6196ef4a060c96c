import { durationMetric } from './_lib/durationMetric';

/**
 * PR size: median lines changed (additions + deletions) of PRs merged in each bucket; PRs without line
 * counts are left out. Source: changes.
 *
 * @example prSize(records, request)
 */
export const prSize = durationMetric({
  kind: 'changes',
  unit: 'short',
  unitMs: 1,
  instantOf: (c) => c.mergedAt,
  measure: () => (c) => (c.additions === undefined || c.deletions === undefined ? undefined : c.additions + c.deletions),
});
