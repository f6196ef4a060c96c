/**
 * Which time window a single-value panel (or alert rule) uses so that its value compares with the target:
 * a monthly target is compared with the last 30 days, a weekly one with the last 7 days, a per-sprint one
 * with the mean of the sprints in range; a level ("period" target, or none) uses the dashboard range.
 */
import type { CatalogEntry } from '../../common/catalog/types';
import type { Bucket } from '../../common/query';

export interface MetricWindow {
  /** Panel relative time override (Grafana `timeFrom`), e.g. "30d"; undefined = dashboard range. */
  timeFrom?: string;
  /** Length of that window in seconds (alert rule relativeTimeRange.from); undefined = none. */
  seconds?: number;
  bucket: Bucket;
  /** Stat reducer: one value per period ('lastNotNull') or the mean of sprint buckets. */
  calc: 'lastNotNull' | 'mean';
}

const DAY_S = 86_400;
const FIXED: Record<'day' | 'week' | 'month' | 'quarter', number> = { day: 1, week: 7, month: 30, quarter: 90 };

export function metricWindow(entry: CatalogEntry): MetricWindow {
  const period = entry.target?.period;
  if (period === 'sprint') {
    return { bucket: 'sprint', calc: 'mean' };
  }
  if (period === undefined || period === 'period') {
    return { bucket: 'period', calc: 'lastNotNull' };
  }
  const days = FIXED[period];
  return { timeFrom: `${days}d`, seconds: days * DAY_S, bucket: 'period', calc: 'lastNotNull' };
}
