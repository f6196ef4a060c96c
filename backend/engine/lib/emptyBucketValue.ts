/**
 * What a metric's value is: a count of events, or a ratio/duration/average computed from events.
 * Decides what an empty bucket shows.
 */
export type ValueKind = 'count' | 'ratio' | 'duration';

/**
 * The value of a bucket with no events. The rule: counts → 0 (the source IS set up — the engine has already
 * returned "no data" when it is not — so nothing happened); durations and ratios → null (nothing to measure,
 * which is not the same as zero hours or 0%).
 *
 * @example emptyBucketValue('count') // 0
 */
export function emptyBucketValue(kind: ValueKind): 0 | null {
  return kind === 'count' ? 0 : null;
}
