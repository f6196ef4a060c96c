import type { GroupByKey } from '../../../common/query';
import type { Series } from '../../../common/metricResult';
import { emptyBucketValue, type ValueKind } from './emptyBucketValue';
import type { Bucketing } from './makeBucketing';
import { placeItems, seriesOfRows, type GroupSource } from './placeItems';

/**
 * Item i lies at instants[i] (NaN: left out) and adds numerators[i] and denominators[i] (default 0) to its bucket.
 * Flags (0/1) may come as bytes.
 */
export interface SumColumns {
  readonly instants: Float64Array;
  readonly numerators?: Float64Array | Uint8Array;
  readonly denominators?: Float64Array;
}

/**
 * Series of per-bucket sums from columns: each non-empty bucket's value is `valueOf(Σ numerator, Σ denominator,
 * item count)`, summed in item order from 0 (as a reduce over the bucket's items would); empty buckets by `kind`.
 * The same series as buildSeries with the matching aggregate (groups sorted, one series when ungrouped), without
 * arrays per bucket.
 *
 * @example sumSeries({ instants, numerators: comments }, groups, bucketing, 'team', 'ratio', (sum, _, n) => sum / n)
 */
export function sumSeries(
  columns: SumColumns,
  groups: GroupSource,
  bucketing: Bucketing,
  groupBy: GroupByKey,
  kind: ValueKind,
  valueOf: (numerator: number, denominator: number, count: number) => number | null
): Series[] {
  const { instants, numerators, denominators } = columns;
  const count = bucketing.starts.length;
  const placement = placeItems(instants, groups, bucketing, groupBy);
  const { bucketOf, rowOf } = placement;
  const cells = placement.labels.length * count;
  const num = new Float64Array(cells);
  const den = new Float64Array(cells);
  const items = new Int32Array(cells);
  const present = new Uint8Array(placement.labels.length);
  for (let i = 0; i < bucketOf.length; i++) {
    const bucket = bucketOf[i];
    if (bucket >= 0) {
      const row = rowOf === undefined ? 0 : rowOf[i];
      const cell = row * count + bucket;
      present[row] = 1;
      num[cell] += numerators === undefined ? 0 : numerators[i];
      den[cell] += denominators === undefined ? 0 : denominators[i];
      items[cell] += 1;
    }
  }
  const empty = emptyBucketValue(kind);
  return seriesOfRows(placement, present, bucketing, groupBy, (cell) =>
    items[cell] === 0 ? empty : valueOf(num[cell], den[cell], items[cell])
  );
}
