/**
 * The finite values ascending, as `values.filter(Number.isFinite).sort((a, b) => a - b)` would give them, but with
 * the typed-array numeric sort (no comparator calls). That sort puts -0 before +0 where the stable comparator sort
 * keeps input order, so the zeros are rewritten in input order to give the identical array.
 */
function sortedFinite(values: readonly number[]): Float64Array {
  let count = 0;
  let zeros = 0;
  for (let k = 0; k < values.length; k++) {
    count += Number.isFinite(values[k]) ? 1 : 0;
    zeros += values[k] === 0 ? 1 : 0;
  }
  const sorted = new Float64Array(count);
  let i = 0;
  for (let k = 0; k < values.length; k++) {
    if (Number.isFinite(values[k])) {
      sorted[i++] = values[k];
    }
  }
  sorted.sort();
  if (zeros > 1) {
    let z = sorted.indexOf(0);
    for (let k = 0; k < values.length; k++) {
      if (values[k] === 0) {
        sorted[z++] = values[k];
      }
    }
  }
  return sorted;
}

/**
 * Exact percentile by **linear interpolation between closest ranks** (Hyndman & Fan type 7; numpy's and
 * Excel PERCENTILE.INC's default): sort ascending, h = (n − 1)·p/100, result = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 * So p50 is the usual median (the mean of the two middle values for even n), p0 the minimum, p100 the maximum,
 * and every result lies within [min, max]. This is the one percentile method used by every metric.
 * Empty input, or p outside [0, 100], gives null. Non-finite values are ignored. The input is not mutated.
 *
 * @example percentile([1, 2, 3, 4], 90) // 3.7
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) {
    return null;
  }
  return percentileOfSorted(sortedFinite(values), p);
}

/**
 * `percentile` of values already ascending and finite (as `percentile` sorts them): null when empty or p is
 * outside [0, 100]. For callers that sort many small runs themselves (see percentileSeries).
 *
 * @example percentileOfSorted(Float64Array.of(1, 2, 3, 4), 90) // 3.7
 */
export function percentileOfSorted(sorted: Float64Array, p: number): number | null {
  if (!(p >= 0 && p <= 100) || sorted.length === 0) {
    return null;
  }
  const h = ((sorted.length - 1) * p) / 100;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, sorted.length - 1);
  const value = sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
  return Math.min(Math.max(value, sorted[lower]), sorted[upper]);
}

/**
 * Moves the k-th smallest value of `values` to index k, smaller-or-equal ones before it and greater-or-equal
 * ones after it (Hoare partitioning with a median-of-three pivot; linear on average). Values must be free of
 * NaN.
 */
function selectInPlace(values: Float64Array, k: number): void {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const a = values[lo];
    const b = values[(lo + hi) >> 1];
    const c = values[hi];
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) {
        i += 1;
      }
      while (pivot < values[j]) {
        j -= 1;
      }
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (j < k) {
      lo = i;
    }
    if (k < i) {
      hi = j;
    }
  }
}

/**
 * `percentileOfSorted` of the values once sorted, without sorting them: the two order statistics it reads are
 * selected in place (the run is reordered). The values must be finite and free of negative zeros (which a sort
 * would order before +0).
 *
 * @example percentileOfUnsorted(Float64Array.of(4, 1, 3, 2), 90) // 3.7
 */
export function percentileOfUnsorted(values: Float64Array, p: number): number | null {
  if (!(p >= 0 && p <= 100) || values.length === 0) {
    return null;
  }
  const h = ((values.length - 1) * p) / 100;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, values.length - 1);
  selectInPlace(values, lower);
  let next = values[lower];
  if (upper > lower) {
    next = values[upper];
    for (let i = upper + 1; i < values.length; i++) {
      next = values[i] < next ? values[i] : next;
    }
  }
  const value = values[lower] + (h - lower) * (next - values[lower]);
  return Math.min(Math.max(value, values[lower]), next);
}
