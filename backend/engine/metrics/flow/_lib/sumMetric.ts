import type { RecordKind } from '../../../../../common/records';
import { groupsOf } from '../../../lib/columns';
import { dimensionOf } from '../../../lib/dimensionOf';
import type { ValueKind } from '../../../lib/emptyBucketValue';
import { sumSeries } from '../../../lib/sumSeries';
import type { MetricComputer } from '../../../types';
import type { ItemOf } from './durationMetric';
import { metricResult, requestBucketing } from './result';

export interface SumMetricSpec<K extends RecordKind> {
  kind: K;
  unit: string;
  /** count → empty buckets 0; ratio/duration → null. */
  valueKind: ValueKind;
  /** The instants that place the items (NaN: left out): a column aligned with the items, memoized by its provider. */
  instants: (items: ReadonlyArray<ItemOf<K>>) => Float64Array;
  /** The number each item adds to its bucket's sum (none: a count), a column like `instants`. */
  amounts?: (items: ReadonlyArray<ItemOf<K>>) => Float64Array | Uint8Array;
  /** Value of a non-empty bucket from the sum of its items' values (in item order, from 0) and their count. */
  bucketValue: (sum: number, count: number) => number | null;
}

/**
 * A computer for "sum the items of each bucket" (counts, sums, shares): the same series as aggregateMetric with
 * an aggregate that reduces the bucket's items in order (e.g. `xs.length`, `sumOf(f)`, `shareOf(p)`), grouped
 * by the engine's dimensionOf, but from cached columns: no arrays per bucket, and no record is read per request.
 *
 * @example sumMetric({ kind: 'changes', unit: 'short', valueKind: 'count', instants: mergedAtColumn, bucketValue: (_, n) => n })
 */
export function sumMetric<K extends RecordKind>(spec: SumMetricSpec<K>): MetricComputer {
  return (records, request) => {
    const items = (records[spec.kind] ?? []) as Array<ItemOf<K>>;
    const columns = { instants: spec.instants(items), numerators: spec.amounts?.(items) };
    const groups = request.groupBy === 'none' ? [] : groupsOf(items, dimensionOf, request.groupBy);
    const series = sumSeries(columns, groups, requestBucketing(records, request), request.groupBy, spec.valueKind,
      (sum, _, count) => spec.bucketValue(sum, count));
    return metricResult(request, spec.unit, series);
  };
}
