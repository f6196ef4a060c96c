import type { RecordKind, RecordSet } from '../../../../../common/records';
import { buildSeries } from '../../../lib/buildSeries';
import { dimensionOf } from '../../../lib/dimensionOf';
import { median } from '../../../lib/median';
import type { MetricComputer } from '../../../types';
import { metricResult, requestBucketing } from './result';

export type ItemOf<K extends RecordKind> = NonNullable<RecordSet[K]>[number];

export interface DurationMetricSpec<K extends RecordKind> {
  kind: K;
  /** Grafana unit and the milliseconds per unit, e.g. 'h' and 3 600 000. */
  unit: string;
  unitMs: number;
  /** The instant that places an item in a bucket (undefined: item left out). */
  instantOf: (item: ItemOf<K>) => number | undefined;
  /** Given all records (to build indexes once), the item's duration in ms; undefined or negative leaves it out. */
  measure: (records: RecordSet) => (item: ItemOf<K>) => number | undefined;
}

/**
 * A computer for "median duration of items per bucket": items placed by `instantOf`, durations from
 * `measure`, grouped by the item's dimension, empty buckets null.
 *
 * @example durationMetric({ kind: 'changes', unit: 'h', unitMs: MS_PER_HOUR, instantOf: (c) => c.mergedAt, measure: () => cycleTimeMs })
 */
export function durationMetric<K extends RecordKind>(spec: DurationMetricSpec<K>): MetricComputer {
  return (records, request) => {
    const items = (records[spec.kind] ?? []) as Array<ItemOf<K>>;
    const durationOf = spec.measure(records);
    const valueOf = (item: ItemOf<K>): number | undefined => {
      const ms = durationOf(item);
      return ms !== undefined && ms >= 0 ? ms / spec.unitMs : undefined;
    };
    const series = buildSeries(items, {
      bucketing: requestBucketing(records, request),
      instantOf: (item) => {
        const at = spec.instantOf(item);
        return at === undefined || valueOf(item) === undefined ? undefined : at;
      },
      groupOf: (item) => dimensionOf(item, request.groupBy),
      groupBy: request.groupBy,
      aggregate: (xs) => median(xs.map((item) => valueOf(item) ?? Number.NaN)),
      kind: 'duration',
    });
    return metricResult(request, spec.unit, series);
  };
}
