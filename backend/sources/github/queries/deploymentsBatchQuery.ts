/** The first page of deployments of several repositories in one GraphQL query (one alias per repository). */
import type { DeploymentsResponse } from './deploymentsQuery';

export const REPOS_PER_BATCH = 10;

const FRAGMENT = `fragment TeamMetricsRepoDeployments on Repository {
  nameWithOwner
  defaultBranchRef { name }
  deployments(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {
    pageInfo { hasNextPage endCursor }
    nodes {
      databaseId environment createdAt commitOid state
      creator { login }
      latestStatus { state createdAt }
    }
  }
}`;

export const aliasOf = (index: number) => `r${index}`;

export function deploymentsBatchQuery(repos: readonly string[]): string {
  const fields = repos.map((repo, i) => {
    const [owner, name] = repo.split('/');
    return `  ${aliasOf(i)}: repository(owner: ${JSON.stringify(owner)}, name: ${JSON.stringify(name)}) { ...TeamMetricsRepoDeployments }`;
  });
  return `query TeamMetricsDeploymentsBatch {\n${fields.join('\n')}\n}\n${FRAGMENT}`;
}

export type DeploymentsBatchResponse = Record<string, DeploymentsResponse['repository']>;
