import { durationMetric } from './_lib/durationMetric';
import { mergedAtOf } from './_lib/prPhases';

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
  instantOf: mergedAtOf,
  measure: () => (c) => (c.additions === undefined || c.deletions === undefined ? undefined : c.additions + c.deletions),
});
