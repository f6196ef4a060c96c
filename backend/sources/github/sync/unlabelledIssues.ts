/**
 * Issues updated since the last run that carry none of the tracked labels. The labelled search cannot see an
 * issue whose label was removed, so these ids are deleted from work items and incidents (absent ids are no-ops).
 */
import type { Notice } from '../../../../common/metricResult';
import type { GitHubApi } from '../client';
import { issueId, type IssueLabels } from '../mappers/toIssueRecords';
import { graphqlSearch } from '../queries/graphqlSearch';
import { quoteLabel } from '../queries/listIssues';
import { searchUpdatedSince } from '../queries/searchOpenAndClosed';

/** Numbers only: no nested connections, so a page costs the fewest GraphQL rate-limit points. */
export const ISSUE_NUMBERS_QUERY = `query TeamMetricsIssueNumbers($q: String!, $after: String) {
  search(query: $q, type: ISSUE, first: 100, after: $after) {
    issueCount
    pageInfo { hasNextPage endCursor }
    nodes { ... on Issue { number repository { nameWithOwner } } }
  }
}`;

interface IssueNumberNode {
  number: number;
  repository: { nameWithOwner: string };
}

export async function unlabelledIssueIds(api: GitHubApi, repos: readonly string[], labels: IssueLabels, since: number, end: number): Promise<{ ids: string[]; notices: Notice[] }> {
  const filter = `is:issue ${[labels.bug, labels.techDebt, labels.incident].map((l) => `-label:${quoteLabel(l)}`).join(' ')}`;
  const found = await searchUpdatedSince(graphqlSearch<IssueNumberNode>(api, ISSUE_NUMBERS_QUERY, 'issue search'), repos, filter, since, end);
  return { ids: [...new Set(found.nodes.map((n) => issueId(n.repository.nameWithOwner, n.number)))], notices: found.notices };
}
