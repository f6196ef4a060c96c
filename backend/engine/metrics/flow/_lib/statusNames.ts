/** Status-name rules for trackers whose workflows differ (Asana sections, Jira statuses, GitHub states). */
import type { WorkItemRecord } from '../../../../../common/records';

const IN_PROGRESS = /^(in[ _-]?progress|doing|started|in development|active|in review|blocked)$/i;
const DONE = /^(done|completed?|closed|resolved|shipped|released|approved)$/i;
const BLOCKED = /^(blocked|on hold|waiting)$/i;

/** Statuses remembered per rule; a tracker has few, so past this many a rule stops remembering new ones. */
const MAX_REMEMBERED = 1024;

/**
 * A status rule that remembers its answer per status string: the same few names recur across every status
 * change of every item, so each name is trimmed and matched once instead of once per change.
 */
function statusRule(pattern: RegExp): (status: string) => boolean {
  const known = new Map<string, boolean>();
  return (status) => {
    let matches = known.get(status);
    if (matches === undefined) {
      matches = pattern.test(status.trim());
      if (known.size < MAX_REMEMBERED) {
        known.set(status, matches);
      }
    }
    return matches;
  };
}

export const isInProgressStatus: (status: string) => boolean = statusRule(IN_PROGRESS);

export const isDoneStatus: (status: string) => boolean = statusRule(DONE);

export const isBlockedStatus: (status: string) => boolean = statusRule(BLOCKED);

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
