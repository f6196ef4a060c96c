/** The pull requests and labelled issues one batch copies: those alive in a backfill chunk, or those updated since the last run. */
import type { Notice } from '../../../../common/metricResult';
import type { IssueNode } from '../queries/issuesQuery';
import { issueFilter, issueSearch, uniqueIssues } from '../queries/listIssues';
import { PULL_REQUEST_FILTER, pullRequestSearch, uniquePullRequests } from '../queries/listPullRequests';
import type { PullRequestNode } from '../queries/pullRequestsQuery';
import type { RunSearch } from '../queries/searchAll';
import { searchAlive, searchUpdatedSince, type AliveSearch } from '../queries/searchOpenAndClosed';
import { issueLabelsOf, wants, type SyncInput } from './syncInput';

export type ItemRange = { alive: AliveSearch } | { updated: { since: number; end: number } };

export interface FoundItems {
  /** Undefined when the kept kinds need no pull requests (or no issues). */
  prs?: PullRequestNode[];
  issues?: IssueNode[];
  notices: Notice[];
}

function search<T extends object>(run: RunSearch<T>, repos: readonly string[], filter: string, range: ItemRange) {
  return 'alive' in range ? searchAlive(run, repos, filter, range.alive) : searchUpdatedSince(run, repos, filter, range.updated.since, range.updated.end);
}

export async function searchItems(input: SyncInput, repos: readonly string[], range: ItemRange): Promise<FoundItems> {
  const [prs, issues] = await Promise.all([
    wants(input, 'changes', 'reviews', 'deployments') ? search(pullRequestSearch(input.api), repos, PULL_REQUEST_FILTER, range).then(uniquePullRequests) : undefined,
    wants(input, 'workItems', 'incidents') ? search(issueSearch(input.api), repos, issueFilter(issueLabelsOf(input.settings)), range) : undefined,
  ]);
  return { prs: prs?.nodes, issues: issues && uniqueIssues(issues.nodes), notices: [...(prs?.notices ?? []), ...(issues?.notices ?? [])] };
}
