import { percentile } from '../../lib/percentile';
import type { MetricComputer } from '../../types';
import { aggregateMetric } from '../flow/_lib/aggregateMetric';
import { dimensionOf } from '../../lib/dimensionOf';

/**
 * The p-th percentile (exact, the engine's linear-interpolation method) of the duration, in seconds, of
 * completed `eventName` events in each bucket; events marked completed: false are left out.
 *
 * @example eventDurationPercentile('document_created', 80)(records, request) // [{ time, value: 142.3 }]
 */
export function eventDurationPercentile(eventName: string, p: number): MetricComputer {
  return aggregateMetric({
    kind: 'productEvents',
    unit: 's',
    valueKind: 'duration',
    instantOf: (e) => e.at,
    include: (e) => e.name === eventName && e.completed !== false && e.durationMs !== undefined,
    groupOf: dimensionOf,
    aggregate: (events) =>
      percentile(
        events.map((e) => (e.durationMs ?? 0) / 1000),
        p
      ),
  });
}
