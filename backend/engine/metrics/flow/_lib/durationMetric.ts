import type { RecordKind, RecordSet } from '../../../../../common/records';
import { groupsOf } from '../../../lib/columns';
import { dimensionOf } from '../../../lib/dimensionOf';
import { KIND_DIMENSIONS } from '../../../lib/kindDimensions';
import { percentileSeries } from '../../../lib/percentileSeries';
import { memoize } from '../../../lib/memoize';
import type { MetricComputer } from '../../../types';
import { metricResult, requestBucketing } from './result';

export type ItemOf<K extends RecordKind> = NonNullable<RecordSet[K]>[number];

export interface DurationMetricSpec<K extends RecordKind> {
  kind: K;
  /** Grafana unit and the milliseconds per unit, e.g. 'h' and 3 600 000. */
  unit: string;
  unitMs: number;
  /**
   * The instants that place the items in buckets (NaN: item left out), as a column aligned with the kind's array
   * that its provider memoizes (e.g. instantsOf, changeColumnsOf).
   */
  instants: (items: ReadonlyArray<ItemOf<K>>) => Float64Array;
  /**
   * Given all records (to build indexes once), the duration in ms of the item (at `index` in the kind's array);
   * undefined or negative leaves it out.
   */
  measure: (records: RecordSet) => (item: ItemOf<K>, index: number) => number | undefined;
}

const KINDS = Object.keys(KIND_DIMENSIONS) as RecordKind[];

/**
 * A computer for "median duration of items per bucket": items placed by `instantOf`, durations from
 * `measure`, grouped by the item's dimension, empty buckets null. The durations are memoized per record arrays
 * as a column aligned with the kind's array (NaN: not measured), so groupings and tier runs share them; instants
 * and groups are the kind's columns, which metrics over the same kind share (see instantsOf, groupsOf).
 *
 * @example durationMetric({ kind: 'changes', unit: 'h', unitMs: MS_PER_HOUR, instants: mergedAtColumn, measure: () => cycleTimeMs })
 */
export function durationMetric<K extends RecordKind>(spec: DurationMetricSpec<K>): MetricComputer {
  const durationsOf = memoize((...arrays: Array<readonly object[] | undefined>): Float64Array => {
    const records = Object.fromEntries(KINDS.map((kind, i) => [kind, arrays[i]])) as RecordSet;
    const durationOf = spec.measure(records);
    const items = (records[spec.kind] ?? []) as Array<ItemOf<K>>;
    // Items without an instant (NaN in the shared column) are in no bucket, so they are not measured at all.
    const instants = spec.instants(items);
    const values = new Float64Array(items.length).fill(Number.NaN);
    for (let i = 0; i < items.length; i++) {
      const ms = Number.isNaN(instants[i]) ? undefined : durationOf(items[i], i);
      if (ms !== undefined && ms >= 0) {
        values[i] = ms / spec.unitMs;
      }
    }
    return values;
  });
  return (records, request) => {
    const items = (records[spec.kind] ?? []) as Array<ItemOf<K>>;
    const values = durationsOf(...KINDS.map((kind) => records[kind]));
    const columns = { instants: spec.instants(items), values, nanIsAbsent: true };
    const groups = request.groupBy === 'none' ? [] : groupsOf(items, dimensionOf, request.groupBy);
    const series = percentileSeries(columns, groups, requestBucketing(records, request), request.groupBy, 50);
    return metricResult(request, spec.unit, series);
  };
}
