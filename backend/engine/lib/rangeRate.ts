import { MS_PER_DAY } from './constants';

/**
 * A total over [from, to) as a rate per day or per week (7 days). Null for an empty range or null total.
 *
 * @example rangeRate(10, 0, 14 * MS_PER_DAY, 'week') // 5
 */
export function rangeRate(total: number | null, from: number, to: number, per: 'day' | 'week'): number | null {
  if (total === null || !(to > from)) {
    return null;
  }
  const days = (to - from) / MS_PER_DAY;
  return (total / days) * (per === 'week' ? 7 : 1);
}
