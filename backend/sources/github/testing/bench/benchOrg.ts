/**
 * A synthetic organisation for the GitHub benchmarks: repositories with merged pull requests, a linear
 * default-branch history of their merge commits, production and staging deployments, releases and issues.
 * Optionally with reviews and open pull requests (bench-store); benchActivity.ts makes it change over time.
 */
import type { DeploymentNode } from '../../queries/deploymentsQuery';
import type { IssueNode } from '../../queries/issuesQuery';
import type { PullRequestNode } from '../../queries/pullRequestsQuery';
import { pullRequestNode } from '../searchDouble';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface BenchRepo {
  name: string;
  /** Position in the org; part of every SHA and deployment id of the repo. */
  index: number;
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
  /** Reviews per pull request by people other than the author (default 0). */
  reviewsPerPr?: number;
  /** Pull requests still open per repository, opened in the last days (default 0). */
  openPerRepo?: number;
}

/**
 * When an item last changed, for the double's `updated:` qualifier; items without an entry changed when they
 * closed (or were created). benchActivity.ts sets it for the items it creates or edits.
 */
export const benchUpdatedAt = new WeakMap<object, number>();

export const benchSha = (repo: number, n: number) => `${repo.toString(16).padStart(4, '0')}${n.toString(16).padStart(36, '0')}`;

const iso = (ms: number) => new Date(ms).toISOString();

function issue(repo: string, number: number, createdAt: number, label: string, closed: boolean): IssueNode {
  return {
    number,
    title: `${label} ${number}`,
    url: `https://github.com/${repo}/issues/${number}`,
    createdAt: iso(createdAt),
    closedAt: closed ? iso(createdAt + 6 * HOUR) : null,
    state: closed ? 'CLOSED' : 'OPEN',
    repository: { nameWithOwner: repo },
    author: { login: 'carol' },
    assignees: { nodes: [] },
    labels: { nodes: [{ name: label }] },
    timelineItems: { nodes: [] },
  };
}

/** Reviews submitted `count` times, 20 minutes apart from 15 minutes after `openedAt`; the last one approves. */
export function benchReviews(repo: number, number: number, openedAt: number, count: number): PullRequestNode['reviews'] {
  const nodes = Array.from({ length: count }, (_, i) => ({
    databaseId: repo * 10_000_000 + number * 10 + i,
    state: i === count - 1 ? 'APPROVED' : 'COMMENTED',
    submittedAt: iso(openedAt + 15 * 60_000 + i * 20 * 60_000),
    author: { login: i % 2 === 0 ? 'bob' : 'carol' },
    comments: { totalCount: i + 1 },
  }));
  return { totalCount: nodes.length, nodes };
}

/** A pull request opened at `openedAt` and not merged yet. */
export function openPullRequest(repo: BenchRepo, number: number, openedAt: number, reviews: number): PullRequestNode {
  const node = pullRequestNode(repo.name, number, openedAt);
  return { ...node, createdAt: iso(openedAt), mergedAt: null, closedAt: null, mergeCommit: null, reviews: benchReviews(repo.index, number, openedAt, reviews) };
}

/** The open pull request merged at `at` as the next commit of the default branch (history is appended to). */
export function mergePullRequest(repo: BenchRepo, pr: PullRequestNode, at: number): PullRequestNode {
  const merged = iso(Math.floor(at / 1000) * 1000).replace('.000Z', 'Z');
  const oid = benchSha(repo.index, pr.number);
  repo.history.push(oid);
  return { ...pr, mergedAt: merged, closedAt: merged, mergeCommit: { oid } };
}

export function benchDeployment(id: number, environment: string, createdAt: number, commitOid: string): DeploymentNode {
  return {
    databaseId: id,
    environment,
    createdAt: iso(createdAt),
    commitOid,
    state: 'ACTIVE',
    creator: { login: 'deploy-bot' },
    latestStatus: { state: 'SUCCESS', createdAt: iso(createdAt + 600_000) },
  };
}

/** Staging at `at`, production two hours later: the deployment times of the org's every-n-days grid. */
export const DEPLOY_ENVIRONMENTS = [
  ['staging', 0],
  ['production', 2 * HOUR],
] as const;

export function generateBenchRepo(index: number, options: BenchOrgOptions): BenchRepo {
  const name = `acme/service-${String(index).padStart(2, '0')}`;
  const start = options.now - options.days * DAY;
  const perRepo = Math.floor(options.prs / options.repos);
  const reviews = options.reviewsPerPr ?? 0;
  const repo: BenchRepo = { name, index, prs: [], history: [], deployments: [], releases: [], issues: [] };
  repo.prs = Array.from({ length: perRepo }, (_, i) => {
    const mergedAt = start + Math.floor(((i + 0.5) * options.days * DAY) / perRepo);
    const pr = pullRequestNode(name, i + 1, mergedAt);
    const withReviews = reviews > 0 ? { reviews: benchReviews(index, i + 1, Date.parse(pr.createdAt), reviews) } : {};
    return { ...pr, mergeCommit: { oid: benchSha(index, i + 1) }, ...withReviews };
  });
  repo.history = repo.prs.map((pr) => pr.mergeCommit?.oid ?? '');
  for (let i = 0; i < (options.openPerRepo ?? 0); i++) {
    repo.prs.push(openPullRequest(repo, perRepo + i + 1, options.now - (i + 1) * 7 * HOUR, Math.min(reviews, i % 2)));
  }
  let id = index * 100_000;
  for (let at = start - options.deployEveryDays * DAY; at < options.now; at += options.deployEveryDays * DAY) {
    const shipped = repo.prs.filter((pr) => pr.mergedAt !== null && Date.parse(pr.mergedAt) < at);
    const commitOid = shipped.length > 0 ? (shipped[shipped.length - 1].mergeCommit?.oid ?? '') : benchSha(index, 0);
    for (const [environment, after] of DEPLOY_ENVIRONMENTS) {
      repo.deployments.unshift(benchDeployment(++id, environment, at + after, commitOid));
    }
  }
  repo.releases = Array.from({ length: Math.floor(options.days / 7) }, (_, i) => {
    const at = iso(options.now - (i + 1) * 7 * DAY);
    return { id: index * 1000 + i, tag_name: `v1.${i}.0`, name: `v1.${i}.0`, draft: false, prerelease: false, created_at: at, published_at: at };
  });
  repo.issues = ['bug', 'bug', 'incident', 'tech-debt', 'bug', 'incident', 'tech-debt', 'bug', 'bug', 'incident'].map((label, i) =>
    issue(name, 10_000 + i, start + i * 9 * DAY, label, i % 3 !== 0)
  );
  return repo;
}

export function generateBenchOrg(options: BenchOrgOptions): BenchRepo[] {
  return Array.from({ length: options.repos }, (_, i) => generateBenchRepo(i, options));
}
