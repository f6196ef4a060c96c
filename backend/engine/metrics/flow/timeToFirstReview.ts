import { MS_PER_HOUR } from '../../lib/constants';
import { firstReviewPhase, phaseMeasure } from './_lib/changeTimes';
import { changeColumnsOf } from './_lib/changeColumns';
import { durationMetric } from './_lib/durationMetric';
import { readyAtOf } from './_lib/prPhases';

/**
 * Time to first review: median hours from ready for review to the first non-author review, over every PR
 * (merged or not) whose first review falls in the bucket. Source: changes.
 *
 * @example timeToFirstReview(records, request)
 */
export const timeToFirstReview = durationMetric({
  kind: 'changes',
  unit: 'h',
  unitMs: MS_PER_HOUR,
  instants: (changes) => changeColumnsOf(changes).firstReviewAt,
  measure: phaseMeasure(firstReviewPhase, (c) => (c.firstReviewAt === undefined ? undefined : Math.max(0, c.firstReviewAt - readyAtOf(c)))),
});
