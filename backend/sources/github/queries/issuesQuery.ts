/** One GraphQL search page of issues (bugs, tech debt, incidents) with their close/reopen history. */
export const ISSUES_QUERY = `query TeamMetricsIssues($q: String!, $after: String) {
  search(query: $q, type: ISSUE, first: 100, after: $after) {
    issueCount
    pageInfo { hasNextPage endCursor }
    nodes {
      ... on Issue {
        number title url createdAt closedAt state
        repository { nameWithOwner }
        author { login }
        assignees(first: 1) { nodes { login } }
        labels(first: 30) { nodes { name } }
        timelineItems(first: 50, itemTypes: [CLOSED_EVENT, REOPENED_EVENT]) {
          nodes { __typename ... on ClosedEvent { createdAt } ... on ReopenedEvent { createdAt } }
        }
      }
    }
  }
}`;

export interface IssueNode {
  number: number;
  title: string;
  url: string;
  createdAt: string;
  closedAt: string | null;
  state: 'OPEN' | 'CLOSED';
  repository: { nameWithOwner: string };
  author: { login: string } | null;
  assignees: { nodes: Array<{ login: string }> };
  labels: { nodes: Array<{ name: string }> };
  timelineItems: { nodes: Array<{ __typename: string; createdAt?: string }> };
}
