/** Pull requests alive in the window, with reviews, first commit, ready-for-review and reopen events. */
import type { Notice } from '../../../../common/metricResult';
import type { FetchWindow } from '../../types';
import type { GitHubApi } from '../client';
import { graphqlSearch } from './graphqlSearch';
import { PULL_REQUESTS_QUERY, REVIEWS_PER_PR, type PullRequestNode } from './pullRequestsQuery';
import type { RunSearch } from './searchAll';
import type { SearchSync } from './searchSync';

export const PULL_REQUEST_FILTER = 'is:pr';

export const pullRequestSearch = (api: GitHubApi): RunSearch<PullRequestNode> => graphqlSearch<PullRequestNode>(api, PULL_REQUESTS_QUERY, 'pull request search');

/** Each pull request once, and a notice when some have more reviews than one page holds. */
export function uniquePullRequests(found: { nodes: PullRequestNode[]; notices: Notice[] }): { nodes: PullRequestNode[]; notices: Notice[] } {
  const byKey = new Map(found.nodes.map((pr) => [`${pr.repository.nameWithOwner}#${pr.number}`, pr]));
  const nodes = [...byKey.values()];
  const cut = nodes.filter((pr) => pr.reviews.totalCount > REVIEWS_PER_PR);
  const notices = [...found.notices];
  if (cut.length > 0) {
    notices.push({ severity: 'info', text: `${cut.length} pull request(s) have more than ${REVIEWS_PER_PR} reviews; only their first ${REVIEWS_PER_PR} are counted.` });
  }
  return { nodes, notices };
}

export async function listPullRequests(api: GitHubApi, sync: SearchSync, repos: readonly string[], window: FetchWindow, now: number): Promise<{ nodes: PullRequestNode[]; notices: Notice[] }> {
  if (repos.length === 0) {
    return { nodes: [], notices: [] };
  }
  return uniquePullRequests(await sync.alive(pullRequestSearch(api), repos, PULL_REQUEST_FILTER, window, now));
}
