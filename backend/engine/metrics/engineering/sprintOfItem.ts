import type { SprintRecord, WorkItemRecord } from '../../../../common/records';
import { sprintAtOf } from '../../lib/sprintAt';

/**
 * The sprint a completed item counts for: its current sprint (sprint field) when that sprint is known,
 * else the sprint running at its final completion.
 */
export function sprintOfItem(
  item: WorkItemRecord,
  sprintsById: ReadonlyMap<string, SprintRecord>,
  sprints: readonly SprintRecord[]
): SprintRecord | undefined {
  const assigned = item.sprint === undefined ? undefined : sprintsById.get(item.sprint);
  return assigned ?? (item.completedAt === undefined ? undefined : sprintAtOf(sprints)(item.completedAt));
}
