import type { MetricComputer } from '../../types';
import { aggregateMetric, shareOf } from '../flow/_lib/aggregateMetric';
import { dimensionOf } from '../../lib/dimensionOf';

/**
 * Share of `eventName` events in each bucket whose category is `category` (e.g. mobile %).
 *
 * @example eventCategoryShare('document_created', 'mobile')(records, request) // 0.4
 */
export function eventCategoryShare(eventName: string, category: string): MetricComputer {
  return aggregateMetric({
    kind: 'productEvents',
    unit: 'percentunit',
    valueKind: 'ratio',
    instantOf: (e) => e.at,
    include: (e) => e.name === eventName,
    groupOf: dimensionOf,
    aggregate: shareOf((e) => e.category === category),
  });
}
