/** One GraphQL search page of pull requests with everything the flow metrics need (replaces ~5 REST calls per PR). */
export const PAGE_SIZE = 100;
export const REVIEWS_PER_PR = 50;
export const EVENTS_PER_PR = 50;

export const PULL_REQUESTS_QUERY = `query TeamMetricsPullRequests($q: String!, $after: String) {
  search(query: $q, type: ISSUE, first: ${PAGE_SIZE}, after: $after) {
    issueCount
    pageInfo { hasNextPage endCursor }
    nodes {
      ... on PullRequest {
        number title body createdAt mergedAt closedAt isDraft additions deletions changedFiles baseRefName
        author { login }
        repository { nameWithOwner defaultBranchRef { name } }
        mergeCommit { oid }
        labels(first: 30) { nodes { name } }
        commits(first: 1) { totalCount nodes { commit { authoredDate committedDate } } }
        reviews(first: ${REVIEWS_PER_PR}) { totalCount nodes { databaseId state submittedAt author { login } comments { totalCount } } }
        timelineItems(first: ${EVENTS_PER_PR}, itemTypes: [READY_FOR_REVIEW_EVENT, REOPENED_EVENT]) {
          totalCount
          nodes { __typename ... on ReadyForReviewEvent { createdAt } ... on ReopenedEvent { createdAt } }
        }
      }
    }
  }
}`;

export interface PullRequestNode {
  number: number;
  title: string;
  body: string;
  createdAt: string;
  mergedAt: string | null;
  closedAt: string | null;
  isDraft: boolean;
  additions: number;
  deletions: number;
  changedFiles: number;
  baseRefName: string;
  author: { login: string } | null;
  repository: { nameWithOwner: string; defaultBranchRef: { name: string } | null };
  mergeCommit: { oid: string } | null;
  labels: { nodes: Array<{ name: string }> };
  commits: { totalCount: number; nodes: Array<{ commit: { authoredDate: string; committedDate: string } }> };
  reviews: {
    totalCount: number;
    nodes: Array<{ databaseId: number; state: string; submittedAt: string | null; author: { login: string } | null; comments: { totalCount: number } }>;
  };
  timelineItems: { totalCount: number; nodes: Array<{ __typename: string; createdAt?: string }> };
}

export interface SearchResponse<T> {
  search: { issueCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Array<T | Record<string, never>> };
}
