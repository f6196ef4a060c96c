import type { Direction, Tier, TierBands } from '../../../common/catalog/types';

/**
 * The DORA tier of a value under monotone bands: the first of elite → high → medium whose bound the value
 * meets (bounds are inclusive: ≤ for lower-is-better, ≥ for higher-is-better), else low. Null for null.
 *
 * @example classifyTier(20, { elite: 24, high: 168, medium: 720, labels }, 'lower_is_better') // 'elite'
 */
export function classifyTier(value: number | null, bands: TierBands, direction: Direction): Tier | null {
  if (value === null || !Number.isFinite(value)) {
    return null;
  }
  const meets = (bound: number) => (direction === 'lower_is_better' ? value <= bound : value >= bound);
  if (meets(bands.elite)) {
    return 'elite';
  }
  if (meets(bands.high)) {
    return 'high';
  }
  return meets(bands.medium) ? 'medium' : 'low';
}
