import { MS_PER_HOUR } from '../../lib/constants';
import { reviewPhase, phaseMeasure } from './_lib/changeTimes';
import { mergedAtColumn } from './_lib/changeColumns';
import { durationMetric } from './_lib/durationMetric';
import { reviewTimeMs } from './_lib/prPhases';

/**
 * Review time: median hours from the first non-author review to merge, over PRs merged in each bucket that
 * had a review. Source: changes.
 *
 * @example prReviewTime(records, request)
 */
export const prReviewTime = durationMetric({
  kind: 'changes',
  unit: 'h',
  unitMs: MS_PER_HOUR,
  instants: mergedAtColumn,
  measure: phaseMeasure(reviewPhase, reviewTimeMs),
});
