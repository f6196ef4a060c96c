import { MS_PER_HOUR } from '../../lib/constants';
import { pickupPhase, phaseMeasure } from './_lib/changeTimes';
import { mergedAtColumn } from './_lib/changeColumns';
import { durationMetric } from './_lib/durationMetric';
import { pickupTimeMs } from './_lib/prPhases';

/**
 * Pickup time: median hours from ready for review to the first non-author review, over PRs merged in each
 * bucket that had a review. Source: changes.
 *
 * @example prPickupTime(records, request)
 */
export const prPickupTime = durationMetric({
  kind: 'changes',
  unit: 'h',
  unitMs: MS_PER_HOUR,
  instants: mergedAtColumn,
  measure: phaseMeasure(pickupPhase, pickupTimeMs),
});
