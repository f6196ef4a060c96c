import type { GroupByKey } from '../../../../../common/query';
import type { RecordKind } from '../../../../../common/records';
import { buildSeries } from '../../../lib/buildSeries';
import { filterOnce } from '../../../lib/columns';
import { dimensionOf } from '../../../lib/dimensionOf';
import type { ValueKind } from '../../../lib/emptyBucketValue';
import type { MetricComputer, MetricRequest } from '../../../types';
import type { ItemOf } from './durationMetric';
import { metricResult, requestBucketing } from './result';

export interface AggregateMetricSpec<K extends RecordKind> {
  kind: K;
  unit: string;
  /** count → empty buckets 0; ratio/duration → null. */
  valueKind: ValueKind;
  instantOf: (item: ItemOf<K>) => number | undefined;
  /** Value of a non-empty bucket. */
  aggregate: (items: Array<ItemOf<K>>, request: MetricRequest) => number | null;
  /** Items that take part at all (default: every item). */
  include?: (item: ItemOf<K>) => boolean;
  /** Group of an item (default: the engine's dimensionOf). Module-level, like instantOf and include (cached per array). */
  groupOf?: (item: ItemOf<K>, groupBy: GroupByKey) => string | undefined;
}

/**
 * A computer for "aggregate the items of each bucket": counts, sums, shares and ratios of sums.
 *
 * @example aggregateMetric({ kind: 'changes', unit: 'short', valueKind: 'count', instantOf: (c) => c.mergedAt, aggregate: (xs) => xs.length })
 */
export function aggregateMetric<K extends RecordKind>(spec: AggregateMetricSpec<K>): MetricComputer {
  return (records, request) => {
    const all = (records[spec.kind] ?? []) as Array<ItemOf<K>>;
    const items = spec.include ? filterOnce(all, spec.include) : all;
    const series = buildSeries(items, {
      bucketing: requestBucketing(records, request),
      instantOf: spec.instantOf,
      groupKeyOf: spec.groupOf ?? dimensionOf,
      groupBy: request.groupBy,
      aggregate: (xs) => spec.aggregate(xs, request),
      kind: spec.valueKind,
    });
    return metricResult(request, spec.unit, series);
  };
}

/** Share of items matching `predicate`; null for no items. */
export function shareOf<T>(predicate: (item: T) => boolean): (items: T[]) => number | null {
  return (items) => (items.length === 0 ? null : items.filter(predicate).length / items.length);
}

/** Σ numerator / Σ denominator; null when the denominator sums to 0 (no data, never a division by zero). */
export function ratioOfSums<T>(numerator: (item: T) => number, denominator: (item: T) => number): (items: T[]) => number | null {
  return (items) => {
    let num = 0;
    let den = 0;
    for (const item of items) {
      num += numerator(item);
      den += denominator(item);
    }
    return den === 0 ? null : num / den;
  };
}

/** Σ value. */
export function sumOf<T>(value: (item: T) => number): (items: T[]) => number {
  return (items) => items.reduce((s, item) => s + value(item), 0);
}
