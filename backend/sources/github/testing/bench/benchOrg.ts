/**
 * A synthetic organisation for the GitHub benchmark: repositories with merged pull requests, a linear
 * default-branch history of their merge commits, production and staging deployments, releases and issues.
 */
import type { DeploymentNode } from '../../queries/deploymentsQuery';
import type { IssueNode } from '../../queries/issuesQuery';
import type { PullRequestNode } from '../../queries/pullRequestsQuery';
import { pullRequestNode } from '../searchDouble';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface BenchRepo {
  name: string;
  prs: PullRequestNode[];
  /** Merge commit SHAs in merge order (the default branch's history). */
  history: string[];
  /** Newest first, as GitHub lists them. */
  deployments: DeploymentNode[];
  releases: Array<{ id: number; tag_name: string; name: string; draft: boolean; prerelease: boolean; created_at: string; published_at: string }>;
  issues: IssueNode[];
}

export interface BenchOrgOptions {
  repos: number;
  days: number;
  prs: number;
  now: number;
  deployEveryDays: number;
}

const sha = (repo: number, n: number) => `${repo.toString(16).padStart(4, '0')}${n.toString(16).padStart(36, '0')}`;

function issue(repo: string, number: number, createdAt: number, label: string, closed: boolean): IssueNode {
  return {
    number,
    title: `${label} ${number}`,
    url: `https://github.com/${repo}/issues/${number}`,
    createdAt: new Date(createdAt).toISOString(),
    closedAt: closed ? new Date(createdAt + 6 * HOUR).toISOString() : null,
    state: closed ? 'CLOSED' : 'OPEN',
    repository: { nameWithOwner: repo },
    author: { login: 'carol' },
    assignees: { nodes: [] },
    labels: { nodes: [{ name: label }] },
    timelineItems: { nodes: [] },
  };
}

function benchRepo(index: number, options: BenchOrgOptions): BenchRepo {
  const name = `acme/service-${String(index).padStart(2, '0')}`;
  const start = options.now - options.days * DAY;
  const perRepo = Math.floor(options.prs / options.repos);
  const prs = Array.from({ length: perRepo }, (_, i) => {
    const mergedAt = start + Math.floor(((i + 0.5) * options.days * DAY) / perRepo);
    const pr = pullRequestNode(name, i + 1, mergedAt);
    return { ...pr, mergeCommit: { oid: sha(index, i + 1) } };
  });
  const history = prs.map((pr) => pr.mergeCommit?.oid ?? '');
  const deployments: DeploymentNode[] = [];
  let id = index * 100_000;
  for (let at = start - options.deployEveryDays * DAY; at < options.now; at += options.deployEveryDays * DAY) {
    const shipped = prs.filter((pr) => Date.parse(pr.mergedAt ?? '') < at);
    const commitOid = shipped.length > 0 ? (shipped[shipped.length - 1].mergeCommit?.oid ?? '') : sha(index, 0);
    for (const environment of ['staging', 'production']) {
      const createdAt = at + (environment === 'production' ? 2 * HOUR : 0);
      deployments.unshift({
        databaseId: ++id,
        environment,
        createdAt: new Date(createdAt).toISOString(),
        commitOid,
        state: 'ACTIVE',
        creator: { login: 'deploy-bot' },
        latestStatus: { state: 'SUCCESS', createdAt: new Date(createdAt + 600_000).toISOString() },
      });
    }
  }
  const releases = Array.from({ length: Math.floor(options.days / 7) }, (_, i) => {
    const at = new Date(options.now - (i + 1) * 7 * DAY).toISOString();
    return { id: index * 1000 + i, tag_name: `v1.${i}.0`, name: `v1.${i}.0`, draft: false, prerelease: false, created_at: at, published_at: at };
  });
  const issues = ['bug', 'bug', 'incident', 'tech-debt', 'bug', 'incident', 'tech-debt', 'bug', 'bug', 'incident'].map((label, i) =>
    issue(name, 10_000 + i, start + i * 9 * DAY, label, i % 3 !== 0)
  );
  return { name, prs, history, deployments, releases, issues };
}

export function generateBenchOrg(options: BenchOrgOptions): BenchRepo[] {
  return Array.from({ length: options.repos }, (_, i) => benchRepo(i, options));
}
