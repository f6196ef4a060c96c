/**
 * Time passing in a bench organisation: pull requests opened, reviewed and merged at a steady rate, and the
 * deployments of the org's every-n-days grid once they have finished. Changed items get a new node (the double
 * serves the current one) with benchUpdatedAt set, so `updated:` searches find them.
 */
import type { PullRequestNode } from '../../queries/pullRequestsQuery';
import {
  benchDeployment,
  benchReviews,
  benchUpdatedAt,
  DEPLOY_ENVIRONMENTS,
  mergePullRequest,
  openPullRequest,
  type BenchOrgOptions,
  type BenchRepo,
} from './benchOrg';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A deployment is listed once its status is final (benchDeployment: 10 minutes after it started). */
const DEPLOY_DONE_MS = 600_000;

export interface BenchActivityOptions extends Pick<BenchOrgOptions, 'now' | 'days' | 'deployEveryDays'> {
  /** Pull request events (opened, reviewed or merged) per hour across the org. */
  prEventsPerHour: number;
}

export interface BenchActivityCounts {
  opened: number;
  reviewed: number;
  merged: number;
  deployments: number;
}

/** Event n of the org: opened, merged, reviewed, opened, merged, ... so about as many PRs open as merge. */
const EVENT_CYCLE = ['open', 'merge', 'review', 'open', 'merge'] as const;

function touched(pr: PullRequestNode, at: number): PullRequestNode {
  benchUpdatedAt.set(pr, at);
  return pr;
}

function prEvent(repo: BenchRepo, kind: (typeof EVENT_CYCLE)[number], at: number, counts: BenchActivityCounts): void {
  const open = repo.prs.findIndex((pr) => pr.closedAt === null);
  if (kind === 'open' || open < 0) {
    const number = Math.max(0, ...repo.prs.map((pr) => pr.number)) + 1;
    repo.prs.push(touched(openPullRequest(repo, number, at, 0), at));
    counts.opened++;
  } else if (kind === 'merge') {
    repo.prs[open] = touched(mergePullRequest(repo, repo.prs[open], at), at);
    counts.merged++;
  } else {
    const pr = repo.prs[open];
    const reviews = benchReviews(repo.index, pr.number, at - 15 * 60_000, pr.reviews.totalCount + 1);
    repo.prs[open] = touched({ ...pr, reviews }, at);
    counts.reviewed++;
  }
}

/** The default branch's head at `at`: the merge commit of the last pull request merged by then. */
function headAt(repo: BenchRepo, at: number): string {
  let head: PullRequestNode | undefined;
  for (const pr of repo.prs) {
    const mergedAt = pr.mergedAt === null ? NaN : Date.parse(pr.mergedAt);
    if (mergedAt <= at && (!head || mergedAt >= Date.parse(head.mergedAt ?? ''))) {
      head = pr;
    }
  }
  return head?.mergeCommit?.oid ?? repo.history[0] ?? '';
}

/** Applies everything that happened in (from, to] to the org, in time order. */
export function advanceBenchOrg(org: BenchRepo[], from: number, to: number, options: BenchActivityOptions): BenchActivityCounts {
  const counts: BenchActivityCounts = { opened: 0, reviewed: 0, merged: 0, deployments: 0 };
  const events: Array<{ at: number; apply: () => void }> = [];
  const every = HOUR / options.prEventsPerHour;
  for (let n = Math.floor(from / every) + 1; n * every <= to; n++) {
    // Each cycle of events happens in one repo (so its merges find the PRs it opened), the next cycle in another.
    const repo = org[(Math.floor(n / EVENT_CYCLE.length) * 7) % org.length];
    events.push({ at: n * every, apply: () => prEvent(repo, EVENT_CYCLE[n % EVENT_CYCLE.length], n * every, counts) });
  }
  const step = options.deployEveryDays * DAY;
  const grid = options.now - options.days * DAY - step;
  const latest = DEPLOY_ENVIRONMENTS[DEPLOY_ENVIRONMENTS.length - 1][1] + DEPLOY_DONE_MS;
  for (let at = grid + Math.ceil((from - latest - grid) / step) * step; at <= to; at += step) {
    for (const [environment, after] of DEPLOY_ENVIRONMENTS) {
      const listedAt = at + after + DEPLOY_DONE_MS;
      if (listedAt > from && listedAt <= to && at >= options.now) {
        events.push({
          at: listedAt,
          apply: () =>
            org.forEach((repo) => {
              const id = Math.max(...repo.deployments.map((d) => d.databaseId)) + 1;
              repo.deployments.unshift(benchDeployment(id, environment, at + after, headAt(repo, at + after)));
              counts.deployments++;
            }),
        });
      }
    }
  }
  events.sort((a, b) => a.at - b.at).forEach((e) => e.apply());
  return counts;
}
