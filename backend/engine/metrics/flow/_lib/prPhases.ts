/**
 * PR phase boundaries shared by the flow and SPACE metrics (definitions in the catalog texts):
 * coding = first commit → ready for review; pickup = ready → first non-author review;
 * review = first review → merge. Missing first commit falls back to PR creation; missing ready to creation.
 */
import type { ChangeRecord } from '../../../../../common/records';

/**
 * When the PR was merged (undefined while open or closed unmerged). One module-level function for every metric
 * that places PRs by merge, so they share one instants column per changes array (see instantsOf).
 */
export function mergedAtOf(c: ChangeRecord): number | undefined {
  return c.mergedAt;
}

/** Merged PRs have a merge instant. Module-level, so the merged PRs are filtered once per changes array. */
export function isMerged(c: ChangeRecord): boolean {
  return c.mergedAt !== undefined;
}

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
