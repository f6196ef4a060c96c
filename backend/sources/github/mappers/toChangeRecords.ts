/** Pull request nodes → ChangeRecords and ReviewRecords (reviews by the author themself are left out). */
import type { ChangeRecord, ReviewRecord, ReviewState } from '../../../../common/records';
import type { PullRequestNode } from '../queries/pullRequestsQuery';

const ms = (iso: string | null | undefined) => (iso ? Date.parse(iso) : undefined);
export const changeId = (repo: string, number: number) => `github:${repo}#${number}`;

const REVIEW_STATES: Record<string, ReviewState> = { APPROVED: 'approved', CHANGES_REQUESTED: 'changes_requested', COMMENTED: 'commented', DISMISSED: 'dismissed' };

/** "Reverts acme/api#12" in the body, else a title `Revert "<title>"` matched against the repo's PRs. */
export function revertTarget(pr: PullRequestNode, byTitle: Map<string, number>): string | undefined {
  const repo = pr.repository.nameWithOwner;
  const body = /\bReverts\s+([\w.-]+\/[\w.-]+)#(\d+)/.exec(pr.body ?? '');
  if (body) {
    return changeId(body[1], Number(body[2]));
  }
  const title = /^Revert "(.+)"$/.exec(pr.title.trim());
  const target = title ? byTitle.get(`${repo}\u0000${title[1]}`) : undefined;
  return target === undefined ? undefined : changeId(repo, target);
}

/** `known`: changes mapped earlier (e.g. already in the sync store) that a revert's title may name. */
export function toChangeRecords(nodes: readonly PullRequestNode[], teams: Map<string, string>, known: readonly ChangeRecord[] = []): { changes: ChangeRecord[]; reviews: ReviewRecord[] } {
  const byTitle = new Map([
    ...known.map((c): [string, number] => [`${c.repo}\u0000${c.title.trim()}`, c.number]),
    ...nodes.map((pr): [string, number] => [`${pr.repository.nameWithOwner}\u0000${pr.title.trim()}`, pr.number]),
  ]);
  const changes: ChangeRecord[] = [];
  const reviews: ReviewRecord[] = [];
  for (const pr of nodes) {
    const repo = pr.repository.nameWithOwner;
    const id = changeId(repo, pr.number);
    const author = pr.author?.login ?? 'ghost';
    const events = pr.timelineItems.nodes;
    const submitted = pr.reviews.nodes
      .filter((r) => r.submittedAt && r.author?.login !== author && r.state !== 'PENDING')
      .sort((a, b) => Date.parse(a.submittedAt ?? '') - Date.parse(b.submittedAt ?? ''));
    const firstCommit = pr.commits.nodes[0]?.commit;
    changes.push({
      id,
      source: 'github',
      repo,
      number: pr.number,
      title: pr.title,
      author,
      team: teams.get(author.toLowerCase()),
      createdAt: Date.parse(pr.createdAt),
      firstCommitAt: ms(firstCommit?.authoredDate),
      readyForReviewAt: ms(events.find((e) => e.__typename === 'ReadyForReviewEvent')?.createdAt) ?? (pr.isDraft ? undefined : Date.parse(pr.createdAt)),
      draft: pr.isDraft,
      firstReviewAt: ms(submitted[0]?.submittedAt),
      approvals: submitted.filter((r) => r.state === 'APPROVED').map((r) => Date.parse(r.submittedAt ?? '')),
      mergedAt: ms(pr.mergedAt),
      closedAt: ms(pr.closedAt),
      reopenedCount: events.filter((e) => e.__typename === 'ReopenedEvent').length,
      labels: pr.labels.nodes.map((l) => l.name),
      targetBranch: pr.baseRefName,
      toDefaultBranch: pr.baseRefName === pr.repository.defaultBranchRef?.name,
      revertOf: revertTarget(pr, byTitle),
      additions: pr.additions,
      deletions: pr.deletions,
      changedFiles: pr.changedFiles,
      commitCount: pr.commits.totalCount,
      mergeCommitSha: pr.mergeCommit?.oid,
    });
    for (const r of submitted) {
      const reviewer = r.author?.login ?? 'ghost';
      reviews.push({
        id: `github:${repo}#${pr.number}/review/${r.databaseId}`,
        source: 'github',
        changeId: id,
        repo,
        reviewer,
        reviewerTeam: teams.get(reviewer.toLowerCase()),
        submittedAt: Date.parse(r.submittedAt ?? ''),
        state: REVIEW_STATES[r.state] ?? 'commented',
        commentCount: r.comments.totalCount,
      });
    }
  }
  return { changes, reviews };
}
