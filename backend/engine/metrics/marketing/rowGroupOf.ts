import type { GroupByKey } from '../../../../common/query';
import { dimensionOf } from '../../lib/dimensionOf';

/** Row-level dimensions of marketing and product rows, beyond the engine's GroupByKey. */
export const ROW_DIMENSIONS = ['device', 'channel', 'campaign', 'category'] as const;
const ROW_SET = new Set<string>(ROW_DIMENSIONS);

/**
 * Group of a GA4 / HubSpot / product row: its device, channel, campaign or category field when grouping by
 * one of those (once the query model offers them), else the engine's dimensionOf.
 *
 * @example rowGroupOf({ device: 'mobile' }, 'device') // 'mobile'
 */
export function rowGroupOf(row: object, groupBy: GroupByKey | string): string | undefined {
  if (ROW_SET.has(groupBy)) {
    const value = (row as Record<string, unknown>)[groupBy];
    return typeof value === 'string' && value !== '' ? value : undefined;
  }
  return dimensionOf(row, groupBy as GroupByKey);
}
