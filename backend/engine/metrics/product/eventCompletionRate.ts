import type { MetricComputer } from '../../types';
import { aggregateMetric, shareOf } from '../flow/_lib/aggregateMetric';
import { dimensionOf } from '../../lib/dimensionOf';

/**
 * Share of `eventName` events in each bucket marked completed (events without the flag count as not completed).
 *
 * @example eventCompletionRate('document_created')(records, request) // 0.87
 */
export function eventCompletionRate(eventName: string): MetricComputer {
  return aggregateMetric({
    kind: 'productEvents',
    unit: 'percentunit',
    valueKind: 'ratio',
    instantOf: (e) => e.at,
    include: (e) => e.name === eventName,
    groupOf: dimensionOf,
    aggregate: shareOf((e) => e.completed === true),
  });
}
