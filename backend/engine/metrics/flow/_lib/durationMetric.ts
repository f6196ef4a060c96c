import type { RecordKind, RecordSet } from '../../../../../common/records';
import type { GroupByKey } from '../../../../../common/query';
import { buildSeries } from '../../../lib/buildSeries';
import { dimensionOf } from '../../../lib/dimensionOf';
import { KIND_DIMENSIONS } from '../../../lib/kindDimensions';
import { median } from '../../../lib/median';
import { memoize } from '../../../lib/memoize';
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

interface Measured<T> {
  item: T;
  at: number;
  value: number;
}

const atOf = (m: Measured<object>): number => m.at;
const groupOfMeasured = (m: Measured<object>, groupBy: GroupByKey): string | undefined => dimensionOf(m.item, groupBy);
const valuesOf = (ms: Array<Measured<object>>): number[] => ms.map((m) => m.value);
const KINDS = Object.keys(KIND_DIMENSIONS) as RecordKind[];

/**
 * A computer for "median duration of items per bucket": items placed by `instantOf`, durations from
 * `measure`, grouped by the item's dimension, empty buckets null. The measured items are memoized per
 * record arrays (the same RecordSet content gives the same measurements), so groupings and tier runs share them.
 *
 * @example durationMetric({ kind: 'changes', unit: 'h', unitMs: MS_PER_HOUR, instantOf: (c) => c.mergedAt, measure: () => cycleTimeMs })
 */
export function durationMetric<K extends RecordKind>(spec: DurationMetricSpec<K>): MetricComputer {
  const measuredOf = memoize((...arrays: Array<readonly object[] | undefined>): Array<Measured<ItemOf<K>>> => {
    const records = Object.fromEntries(KINDS.map((kind, i) => [kind, arrays[i]])) as RecordSet;
    const durationOf = spec.measure(records);
    const measured: Array<Measured<ItemOf<K>>> = [];
    for (const item of (records[spec.kind] ?? []) as Array<ItemOf<K>>) {
      const at = spec.instantOf(item);
      const ms = at === undefined ? undefined : durationOf(item);
      if (at !== undefined && ms !== undefined && ms >= 0) {
        measured.push({ item, at, value: ms / spec.unitMs });
      }
    }
    return measured;
  });
  return (records, request) => {
    const series = buildSeries(measuredOf(...KINDS.map((kind) => records[kind])), {
      bucketing: requestBucketing(records, request),
      instantOf: atOf,
      groupKeyOf: groupOfMeasured,
      groupBy: request.groupBy,
      aggregate: (ms) => median(valuesOf(ms)),
      kind: 'duration',
    });
    return metricResult(request, spec.unit, series);
  };
}
