import { MS_PER_HOUR } from '../../lib/constants';
import { cyclePhase, phaseMeasure } from './_lib/changeTimes';
import { mergedAtColumn } from './_lib/changeColumns';
import { durationMetric } from './_lib/durationMetric';
import { cycleTimeMs } from './_lib/prPhases';

/**
 * PR cycle time: median hours from the first commit (else PR creation) to merge, over PRs merged in each
 * bucket (Swarmia/LinearB definition without the deploy phase). Source: changes.
 *
 * @example prCycleTime(records, request).series[0].points // [{ time, value: 20.5 }, ...]
 */
export const prCycleTime = durationMetric({
  kind: 'changes',
  unit: 'h',
  unitMs: MS_PER_HOUR,
  instants: mergedAtColumn,
  measure: phaseMeasure(cyclePhase, cycleTimeMs),
});
