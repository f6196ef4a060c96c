import { changeColumnsOf, mergedAtColumn } from './_lib/changeColumns';
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
  instants: mergedAtColumn,
  measure: (records) => {
    const { lines } = changeColumnsOf(records.changes ?? []);
    return (_c, i) => lines[i];
  },
});
