import type { GroupByKey } from '../../../common/query';
import type { Series } from '../../../common/metricResult';
import { emptyBucketValue, type ValueKind } from './emptyBucketValue';
import type { Bucketing } from './makeBucketing';
import { placeItems } from './placeItems';
import { seriesLabels } from './seriesLabels';

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Item i lies at instants[i] (NaN: left out) and adds numerators[i] and denominators[i] (default 0) to its bucket. */
export interface SumColumns {
  readonly instants: Float64Array;
  readonly numerators?: Float64Array;
  readonly denominators?: Float64Array;
}

/**
 * Series of per-bucket sums from columns: each non-empty bucket's value is `valueOf(Σ numerator, Σ denominator,
 * item count)`, summed in item order from 0 (as a reduce over the bucket's items would); empty buckets by `kind`.
 * The same series as buildSeries with the matching aggregate (groups sorted, one series when ungrouped), without
 * arrays per bucket.
 *
 * @example sumSeries({ instants, numerators: comments }, (i) => groups[i], bucketing, 'team', 'ratio', (sum, _, n) => sum / n)
 */
export function sumSeries(
  columns: SumColumns,
  groupAt: (i: number) => string | undefined,
  bucketing: Bucketing,
  groupBy: GroupByKey,
  kind: ValueKind,
  valueOf: (numerator: number, denominator: number, count: number) => number | null
): Series[] {
  const { instants, numerators, denominators } = columns;
  const count = bucketing.starts.length;
  const { groupIds, cellOf } = placeItems(instants, groupAt, bucketing, groupBy);
  const cells = groupIds.size * count;
  const num = new Float64Array(cells);
  const den = new Float64Array(cells);
  const items = new Int32Array(cells);
  for (let i = 0; i < cellOf.length; i++) {
    const cell = cellOf[i];
    if (cell >= 0) {
      num[cell] += numerators === undefined ? 0 : numerators[i];
      den[cell] += denominators === undefined ? 0 : denominators[i];
      items[cell] += 1;
    }
  }
  const empty = emptyBucketValue(kind);
  return [...groupIds.keys()].sort(compareKeys).map((group) => {
    const first = (groupIds.get(group) ?? 0) * count;
    return {
      labels: seriesLabels(groupBy, group),
      points: bucketing.starts.map((time, b) => {
        const cell = first + b;
        return { time, value: items[cell] === 0 ? empty : valueOf(num[cell], den[cell], items[cell]) };
      }),
    };
  });
}
