/**
 * PR phase boundaries shared by the flow and SPACE metrics (definitions in the catalog texts):
 * coding = first commit → ready for review; pickup = ready → first non-author review;
 * review = first review → merge. Missing first commit falls back to PR creation; missing ready to creation.
 */
import type { ChangeRecord } from '../../../../../common/records';

/** When work started: first commit, else PR creation. */
export function workStartOf(c: ChangeRecord): number {
  return c.firstCommitAt ?? c.createdAt;
}

/** When the PR became reviewable: ready-for-review, else creation (non-draft PRs are ready when opened). */
export function readyAtOf(c: ChangeRecord): number {
  return c.readyForReviewAt ?? c.createdAt;
}

export function cycleTimeMs(c: ChangeRecord): number | undefined {
  return c.mergedAt === undefined ? undefined : c.mergedAt - workStartOf(c);
}

export function codingTimeMs(c: ChangeRecord): number | undefined {
  return c.mergedAt === undefined ? undefined : Math.max(0, readyAtOf(c) - workStartOf(c));
}

export function pickupTimeMs(c: ChangeRecord): number | undefined {
  return c.mergedAt === undefined || c.firstReviewAt === undefined ? undefined : Math.max(0, c.firstReviewAt - readyAtOf(c));
}

export function reviewTimeMs(c: ChangeRecord): number | undefined {
  return c.mergedAt === undefined || c.firstReviewAt === undefined ? undefined : Math.max(0, c.mergedAt - c.firstReviewAt);
}

/**
 * Active and waiting time of a merged, reviewed PR. Waiting = pickup + first approval → merge;
 * active = coding + first review → first approval (→ merge when never approved). Undefined otherwise.
 *
 * @example prActiveWaiting(pr) // { active: 5 * H, waiting: 3 * H }
 */
export function prActiveWaiting(c: ChangeRecord): { active: number; waiting: number } | undefined {
  const coding = codingTimeMs(c);
  const pickup = pickupTimeMs(c);
  if (coding === undefined || pickup === undefined || c.mergedAt === undefined || c.firstReviewAt === undefined) {
    return undefined;
  }
  const firstReview = c.firstReviewAt;
  const approval = c.approvals.find((a) => a >= firstReview && a <= (c.mergedAt ?? a));
  const reviewEnd = approval ?? c.mergedAt;
  return { active: coding + Math.max(0, reviewEnd - firstReview), waiting: pickup + Math.max(0, c.mergedAt - reviewEnd) };
}
