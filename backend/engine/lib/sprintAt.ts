import type { SprintRecord } from '../../../common/records';

/**
 * The sprint running at an instant: startAt <= instant < endAt. When sprints overlap (several teams),
 * the one that started last wins, then the smaller id. Undefined between or outside sprints.
 *
 * @example sprintAt(Date.UTC(2026, 0, 7), [{ id: 's1', startAt: Date.UTC(2026, 0, 5), endAt: Date.UTC(2026, 0, 19), ... }]) // s1
 */
export function sprintAt(instant: number, sprints: readonly SprintRecord[]): SprintRecord | undefined {
  let best: SprintRecord | undefined;
  for (const sprint of sprints) {
    if (sprint.startAt <= instant && instant < sprint.endAt) {
      if (!best || sprint.startAt > best.startAt || (sprint.startAt === best.startAt && sprint.id < best.id)) {
        best = sprint;
      }
    }
  }
  return best;
}
