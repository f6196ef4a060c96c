/** Status-name rules for trackers whose workflows differ (Asana sections, Jira statuses, GitHub states). */
import type { WorkItemRecord } from '../../../../../common/records';

const IN_PROGRESS = /^(in[ _-]?progress|doing|started|in development|active|in review|blocked)$/i;
const DONE = /^(done|completed?|closed|resolved|shipped|released|approved)$/i;
const BLOCKED = /^(blocked|on hold|waiting)$/i;

export function isInProgressStatus(status: string): boolean {
  return IN_PROGRESS.test(status.trim());
}

export function isDoneStatus(status: string): boolean {
  return DONE.test(status.trim());
}

export function isBlockedStatus(status: string): boolean {
  return BLOCKED.test(status.trim());
}

/** First time the item entered an in-progress status; undefined if it never did. */
export function firstInProgressAt(item: WorkItemRecord): number | undefined {
  let first: number | undefined;
  for (const change of item.statusHistory) {
    if (isInProgressStatus(change.to) && (first === undefined || change.at < first)) {
      first = change.at;
    }
  }
  return first;
}

/** The status change in effect at `asOf` (the last one at or before it); undefined before the first. */
export function statusChangeAt(item: WorkItemRecord, asOf: number): { at: number; to: string } | undefined {
  let current: { at: number; to: string } | undefined;
  for (const change of item.statusHistory) {
    if (change.at <= asOf && (current === undefined || change.at >= current.at)) {
      current = change;
    }
  }
  return current;
}

/**
 * Whether the item counted as done at `asOf`: from its status history when it has one, else from
 * completedAt (which only describes the current state).
 */
export function isDoneAt(item: WorkItemRecord, asOf: number): boolean {
  if (item.statusHistory.length > 0) {
    const change = statusChangeAt(item, asOf);
    return change !== undefined && isDoneStatus(change.to);
  }
  return item.completedAt !== undefined && item.completedAt <= asOf;
}
