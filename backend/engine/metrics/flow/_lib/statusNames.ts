/** Status-name rules for trackers whose workflows differ (Asana sections, Jira statuses, GitHub states). */

const IN_PROGRESS = /^(in[ _-]?progress|doing|started|in development|active|in review|blocked)$/i;
const DONE = /^(done|completed?|closed|resolved|shipped|released|approved)$/i;
const BLOCKED = /^(blocked|on hold|waiting)$/i;

/** Statuses remembered; a tracker has few, so past this many new ones are matched each time. */
const MAX_REMEMBERED = 1024;

/** Bits of statusFlags: which rules a status name matches. */
export const IN_PROGRESS_STATUS = 1;
export const DONE_STATUS = 2;
export const BLOCKED_STATUS = 4;

const KNOWN = new Map<string, number>();

/**
 * Which rules (in progress, done, blocked) a status name matches, as bits, remembered per status string: the same
 * few names recur across every status change of every item, so each name is trimmed and matched once instead of
 * once per change, and one lookup answers all three rules.
 *
 * @example statusFlags('In Progress') & IN_PROGRESS_STATUS // 1
 */
export function statusFlags(status: string): number {
  let flags = KNOWN.get(status);
  if (flags === undefined) {
    const name = status.trim();
    flags = (IN_PROGRESS.test(name) ? IN_PROGRESS_STATUS : 0) | (DONE.test(name) ? DONE_STATUS : 0) | (BLOCKED.test(name) ? BLOCKED_STATUS : 0);
    if (KNOWN.size < MAX_REMEMBERED) {
      KNOWN.set(status, flags);
    }
  }
  return flags;
}

export function isBlockedStatus(status: string): boolean {
  return (statusFlags(status) & BLOCKED_STATUS) !== 0;
}
