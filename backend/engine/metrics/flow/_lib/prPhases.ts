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
