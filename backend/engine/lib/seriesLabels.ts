import type { GroupByKey } from '../../../common/query';

/**
 * Labels of a series for one group: {} when not grouped, else { [groupBy]: group }.
 *
 * @example seriesLabels('team', 'payments') // { team: 'payments' }
 */
export function seriesLabels(groupBy: GroupByKey, group: string): Record<string, string> {
  return groupBy === 'none' ? {} : { [groupBy]: group };
}
