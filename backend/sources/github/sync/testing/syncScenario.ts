/**
 * The sync tests' organisation: 3 repositories × 180 days on the org double (240 merged PRs, a deployment to staging
 * and production every 7 days, weekly releases, labelled issues), plus an open PR, a production deployment 6 hours
 * before NOW, a PR closed hours before the backfill start (same UTC day), and a revert whose original was merged five months earlier (a later backfill chunk must resolve it).
 */
import type { PullRequestNode } from '../../queries/pullRequestsQuery';
import type { GitHubSource } from '../../gitHubSource';
import { orgState, type OrgState } from '../../testing/orgDouble';
import { SCENARIO_NOW, scenarioSource } from '../../testing/scenario';
import { pullRequestNode } from '../../testing/searchDouble';

export const NOW = SCENARIO_NOW;
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const BACKFILL_FROM = NOW - 180 * DAY;
export const REPOS = ['acme/service-00', 'acme/service-01', 'acme/service-02'];
export const OPEN_PR = 81;
export const REVERT_PR = 90;
export const EARLY_PR = 95;
export const LATE_DEPLOYMENT = 900_001;

export const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

export function openPullRequest(repo: string, number: number, createdAt: number): PullRequestNode {
  return { ...pullRequestNode(repo, number, createdAt + HOUR), mergedAt: null, closedAt: null, mergeCommit: null, title: `Open ${number}` };
}

export function syncOrg(): OrgState {
  const state = orgState({ repos: REPOS.length, days: 180, prs: 240, deployEveryDays: 7, now: NOW });
  const [first, second, third] = state.repos;
  // Closed on the backfill's first UTC day but before its start instant: fetch's closed search starts at the day.
  third.prs.unshift(pullRequestNode(third.name, EARLY_PR, BACKFILL_FROM - 6 * HOUR));
  first.prs.push(openPullRequest(first.name, OPEN_PR, NOW - 2 * DAY));
  const revert = pullRequestNode(second.name, REVERT_PR, NOW - 10 * DAY);
  second.prs.push({ ...revert, title: 'Revert "PR 3"', mergeCommit: { oid: 'ab'.repeat(20) } });
  first.deployments.unshift({
    databaseId: LATE_DEPLOYMENT,
    environment: 'production',
    createdAt: iso(NOW - 6 * HOUR),
    commitOid: first.history[first.history.length - 1],
    state: 'ACTIVE',
    creator: { login: 'deploy-bot' },
    latestStatus: { state: 'SUCCESS', createdAt: iso(NOW - 6 * HOUR + 600_000) },
  });
  return state;
}

/** A source on the org double whose cache follows the test's clock (runs an hour apart see expired entries). */
export function syncSource(clock: () => number, overrides: Parameters<typeof scenarioSource>[0] = {}): GitHubSource {
  return scenarioSource({ repos: REPOS, ...overrides }, { clock });
}
