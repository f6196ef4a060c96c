import type { WorkItemRecord } from '../../../common/records';

/**
 * Whether a work item was open (created, not completed) at an instant.
 * Closed stretches: [final completedAt, ∞) while it is completed now, and, for each reopen instant r,
 * [entry into the status it was reopened from, r) — the last status change before r is taken as its
 * completion. Without such a status change the earlier closed stretch is unknown and the item counts
 * as open until the reopen.
 *
 * @example isOpenAt(bug, Date.UTC(2026, 2, 31))
 */
export function isOpenAt(item: WorkItemRecord, instant: number): boolean {
  if (item.createdAt > instant) {
    return false;
  }
  if (item.completedAt !== undefined && item.completedAt <= instant) {
    return false;
  }
  for (const reopen of item.reopenedAt ?? []) {
    if (reopen > instant) {
      const closedAt = item.statusHistory
        .filter((change) => change.at < reopen)
        .reduce<number | undefined>(
          (last, change) => (last === undefined || change.at > last ? change.at : last),
          undefined
        );
      if (closedAt !== undefined && closedAt <= instant) {
        return false;
      }
    }
  }
  return true;
}
