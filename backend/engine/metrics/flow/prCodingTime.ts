import { MS_PER_HOUR } from '../../lib/constants';
import { codingPhase, phaseMeasure } from './_lib/changeTimes';
import { mergedAtColumn } from './_lib/changeColumns';
import { durationMetric } from './_lib/durationMetric';
import { codingTimeMs } from './_lib/prPhases';

/**
 * Coding time: median hours from the first commit to the PR being opened and ready for review, over PRs
 * merged in each bucket. Drafts count as coding. Source: changes.
 *
 * @example prCodingTime(records, request)
 */
export const prCodingTime = durationMetric({
  kind: 'changes',
  unit: 'h',
  unitMs: MS_PER_HOUR,
  instants: mergedAtColumn,
  measure: phaseMeasure(codingPhase, codingTimeMs),
});
