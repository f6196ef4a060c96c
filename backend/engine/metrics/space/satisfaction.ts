import { mean } from '../../lib/mean';
import { aggregateMetric } from '../flow/_lib/aggregateMetric';
import { teamLevel } from './teamLevel';

export const SATISFACTION_METRIC_ID = 'space_satisfaction';

/**
 * SPACE satisfaction — mean survey score of the manual values entered for 'space_satisfaction' in each bucket
 * (by survey date), per team. Source: manual values.
 *
 * @example satisfaction(records, request) // [{ time, value: 3.9 }, ...]
 */
export const satisfaction = teamLevel(
  aggregateMetric({
    kind: 'manualValues',
    unit: 'short',
    valueKind: 'ratio',
    instantOf: (v) => v.at,
    include: (v) => v.metricId === SATISFACTION_METRIC_ID,
    aggregate: (vs) => mean(vs.map((v) => v.value)),
  })
);
