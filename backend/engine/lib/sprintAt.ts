import type { SprintRecord } from '../../../common/records';
import { memoize } from './memoize';

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

/**
 * sprintAt over fixed sprints as a lookup in O(log n): the sprints' starts and ends cut time into segments in which
 * the running sprints do not change, so the winner at a segment's first instant is the winner throughout it.
 * Memoized per sprints array: shared.
 *
 * @example sprintAtOf(sprints)(Date.UTC(2026, 0, 7)) // the same sprint as sprintAt(Date.UTC(2026, 0, 7), sprints)
 */
export const sprintAtOf = memoize((sprints: readonly SprintRecord[]): ((instant: number) => SprintRecord | undefined) => {
  const bounds = Float64Array.from(sprints.flatMap((s) => [s.startAt, s.endAt]).filter((t) => !Number.isNaN(t))).sort();
  const starts = bounds.filter((t, i) => i === 0 || t !== bounds[i - 1]);
  const winners = Array.from(starts, (t) => sprintAt(t, sprints));
  return (instant) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= instant) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    // lo − 1: the last segment starting at or before the instant (none before the first, or for NaN).
    return lo === 0 ? undefined : winners[lo - 1];
  };
});
