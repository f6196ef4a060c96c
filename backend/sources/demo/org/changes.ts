/** PRs and their reviews: numbers per repo in creation order, stable ids, review-derived fields. */
import type { ChangeRecord, ReviewRecord } from '../../../../common/records';
import { type ChangeDraft, makeChangeDrafts } from './changeDrafts';
import { type Rng } from './prng';
import { makeReviews } from './reviews';
import { flat } from './strings';
import type { OrgContext } from './types';

export interface ChangesAndReviews {
  changes: ChangeRecord[];
  reviews: ReviewRecord[];
}

const round = (t: number | undefined) => (t === undefined ? undefined : Math.round(t));

export function changeIdOf(repo: string, number: number): string {
  return flat('demo:', repo, '#', number);
}

export function makeChanges(rng: Rng, ctx: OrgContext, count: number): ChangesAndReviews {
  const drafts = makeChangeDrafts(rng, ctx, count);
  const numbers = new Map<string, number>();
  const ids = new Map<ChangeDraft, string>();
  for (const d of drafts) {
    const n = (numbers.get(d.repo.name) ?? 0) + 1;
    numbers.set(d.repo.name, n);
    ids.set(d, changeIdOf(d.repo.name, n));
  }
  let reviewSeq = 0;
  const nextReviewId = () => flat('demo:review:', ++reviewSeq);
  const changes: ChangeRecord[] = [];
  const reviews: ReviewRecord[] = [];
  for (const d of drafts) {
    const id = ids.get(d) ?? '';
    const own = makeReviews(rng, ctx, d, id, nextReviewId);
    reviews.push(...own);
    const nonAuthor = own.filter((r) => r.reviewer !== d.author.login);
    const toDefault = !d.revertOf && rng() < 0.04 ? false : true;
    changes.push({
      id,
      source: 'demo',
      repo: d.repo.name,
      number: Number(id.slice(id.lastIndexOf('#') + 1)),
      title: d.title,
      author: d.author.login,
      team: d.author.team,
      createdAt: Math.round(d.createdAt),
      firstCommitAt: round(d.firstCommitAt),
      readyForReviewAt: round(d.readyAt),
      draft: d.draft,
      firstReviewAt: nonAuthor.length > 0 ? Math.min(...nonAuthor.map((r) => r.submittedAt)) : undefined,
      approvals: nonAuthor.filter((r) => r.state === 'approved').map((r) => r.submittedAt).sort((a, b) => a - b),
      mergedAt: round(d.mergedAt),
      closedAt: round(d.mergedAt ?? d.closedAt),
      reopenedCount: d.reopened ? 1 : 0,
      labels: d.labels,
      targetBranch: toDefault ? 'main' : 'release/next',
      toDefaultBranch: toDefault,
      revertOf: d.revertOf ? ids.get(d.revertOf) : undefined,
      additions: d.additions,
      deletions: d.deletions,
      changedFiles: Math.max(1, Math.round((d.additions + d.deletions) / 40)),
      commitCount: d.commitCount,
      mergeCommitSha: d.mergedAt === undefined ? undefined : d.sha,
    });
  }
  return { changes, reviews };
}
