/** Deployments of one repository, newest first, each with its latest status (replaces a statuses call per deployment). */
export const DEPLOYMENTS_QUERY = `query TeamMetricsDeployments($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    nameWithOwner
    defaultBranchRef { name }
    deployments(first: 100, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        databaseId environment createdAt commitOid state
        creator { login }
        latestStatus { state createdAt }
      }
    }
  }
}`;

export interface DeploymentNode {
  databaseId: number;
  environment: string | null;
  createdAt: string;
  commitOid: string;
  state: string | null;
  creator: { login: string } | null;
  latestStatus: { state: string; createdAt: string } | null;
}

export interface DeploymentsResponse {
  repository: {
    nameWithOwner: string;
    defaultBranchRef: { name: string } | null;
    deployments: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: DeploymentNode[] };
  } | null;
}
