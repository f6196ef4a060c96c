import type { RecordKind, RecordSet } from '../../../../../common/records';
import { groupsOf } from '../../../lib/columns';
import { dimensionOf } from '../../../lib/dimensionOf';
import { KIND_DIMENSIONS } from '../../../lib/kindDimensions';
import { percentileSeries, type ValueColumns } from '../../../lib/percentileSeries';
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

/** The measured items of a kind as columns: the item's index in its array, its instant and its duration in units. */
interface Measured {
  index: Uint32Array;
  columns: ValueColumns;
}

const KINDS = Object.keys(KIND_DIMENSIONS) as RecordKind[];

/**
 * A computer for "median duration of items per bucket": items placed by `instantOf`, durations from
 * `measure`, grouped by the item's dimension, empty buckets null. The measurements are memoized per record
 * arrays as columns (the same RecordSet content gives the same measurements), so groupings and tier runs share
 * them; the items' groups come from the kind's group column, which metrics over the same kind share.
 *
 * @example durationMetric({ kind: 'changes', unit: 'h', unitMs: MS_PER_HOUR, instantOf: (c) => c.mergedAt, measure: () => cycleTimeMs })
 */
export function durationMetric<K extends RecordKind>(spec: DurationMetricSpec<K>): MetricComputer {
  const measuredOf = memoize((...arrays: Array<readonly object[] | undefined>): Measured => {
    const records = Object.fromEntries(KINDS.map((kind, i) => [kind, arrays[i]])) as RecordSet;
    const durationOf = spec.measure(records);
    const items = (records[spec.kind] ?? []) as Array<ItemOf<K>>;
    const index = new Uint32Array(items.length);
    const instants = new Float64Array(items.length);
    const values = new Float64Array(items.length);
    let count = 0;
    for (let i = 0; i < items.length; i++) {
      const at = spec.instantOf(items[i]);
      const ms = at === undefined ? undefined : durationOf(items[i]);
      if (at !== undefined && ms !== undefined && ms >= 0) {
        index[count] = i;
        instants[count] = at;
        values[count] = ms / spec.unitMs;
        count += 1;
      }
    }
    return { index: index.slice(0, count), columns: { instants: instants.slice(0, count), values: values.slice(0, count) } };
  });
  return (records, request) => {
    const { index, columns } = measuredOf(...KINDS.map((kind) => records[kind]));
    const items = (records[spec.kind] ?? []) as Array<ItemOf<K>>;
    const groups = request.groupBy === 'none' ? [] : groupsOf(items, dimensionOf, request.groupBy);
    const series = percentileSeries(columns, (i) => groups[index[i]], requestBucketing(records, request), request.groupBy, 50);
    return metricResult(request, spec.unit, series);
  };
}
