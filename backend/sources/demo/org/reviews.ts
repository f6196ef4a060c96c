/** Reviews of one PR: mostly same-team reviewers, some cross-team, author replies, one or two approvals. */
import type { ReviewRecord, ReviewState } from '../../../../common/records';
import type { ChangeDraft } from './changeDrafts';
import { chance, logNormal, pick, type Rng } from './prng';
import type { DemoPerson, OrgContext } from './types';

function reviewerFor(rng: Rng, ctx: OrgContext, author: DemoPerson, exclude: Set<string>): DemoPerson {
  const sameTeam = chance(rng, 0.85);
  const pool = sameTeam
    ? ctx.engineersByTeam.get(author.team) ?? []
    : ctx.people.filter((p) => p.team !== author.team && p.role !== 'designer');
  const candidates = pool.filter((p) => !exclude.has(p.login));
  return candidates.length > 0 ? pick(rng, candidates) : pick(rng, ctx.people.filter((p) => !exclude.has(p.login)));
}

function commentCount(rng: Rng): number {
  return 1 + Math.floor(logNormal(rng, 1.5, 0.9));
}

export function makeReviews(
  rng: Rng,
  ctx: OrgContext,
  draft: ChangeDraft,
  changeId: string,
  nextId: () => string
): ReviewRecord[] {
  if (draft.firstReviewAt === undefined) {
    return [];
  }
  const reviews: ReviewRecord[] = [];
  const add = (reviewer: DemoPerson, submittedAt: number, state: ReviewState, comments: number) =>
    reviews.push({
      id: nextId(),
      source: 'demo',
      changeId,
      repo: draft.repo.name,
      reviewer: reviewer.login,
      reviewerTeam: reviewer.team,
      submittedAt: Math.round(submittedAt),
      state,
      commentCount: comments,
    });
  const first = reviewerFor(rng, ctx, draft.author, new Set([draft.author.login]));
  const approvalAt = draft.approvalAt;
  const mergeBound = draft.mergedAt ?? draft.closedAt ?? ctx.now;
  if (approvalAt !== undefined && chance(rng, 0.35)) {
    add(first, draft.firstReviewAt, 'approved', chance(rng, 0.3) ? 1 : 0);
  } else {
    add(first, draft.firstReviewAt, chance(rng, 0.5) ? 'changes_requested' : 'commented', commentCount(rng));
    const span = (approvalAt ?? mergeBound) - draft.firstReviewAt;
    if (chance(rng, 0.25)) {
      add(draft.author, draft.firstReviewAt + span * 0.4, 'commented', commentCount(rng));
    }
    if (chance(rng, 0.3)) {
      const other = reviewerFor(rng, ctx, draft.author, new Set([draft.author.login, first.login]));
      add(other, draft.firstReviewAt + span * 0.6, 'commented', commentCount(rng));
    }
    if (approvalAt !== undefined) {
      add(first, approvalAt, 'approved', chance(rng, 0.2) ? 1 : 0);
    }
  }
  if (approvalAt !== undefined && draft.mergedAt !== undefined && chance(rng, 0.25)) {
    const second = reviewerFor(rng, ctx, draft.author, new Set([draft.author.login, first.login]));
    add(second, approvalAt + (draft.mergedAt - approvalAt) * 0.5, 'approved', 0);
  }
  return reviews.filter((r) => r.submittedAt <= Math.min(ctx.now, mergeBound));
}
