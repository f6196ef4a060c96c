/**
 * Repositories' deployments back to the window start, plus the newest successful production deployment
 * before it (the base its first in-window deployment is compared with). First pages come ten repositories
 * per GraphQL query; a repository with more pages continues on its own. Also finds the repositories that
 * do not exist or are not accessible (their field is null).
 */
import type { FetchWindow } from '../../types';
import type { GitHubApi } from '../client';
import { aliasOf, deploymentsBatchQuery, REPOS_PER_BATCH, type DeploymentsBatchResponse } from './deploymentsBatchQuery';
import { DEPLOYMENTS_QUERY, type DeploymentNode, type DeploymentsResponse } from './deploymentsQuery';

/** How far before the window a base deployment is looked for. */
const BASE_LOOKBACK_MS = 30 * 86_400_000;

export interface RepoDeployments {
  repo: string;
  defaultBranch?: string;
  nodes: DeploymentNode[];
}

type Page = NonNullable<DeploymentsResponse['repository']>['deployments'];

export const isSuccessful = (d: DeploymentNode) => d.latestStatus?.state === 'SUCCESS' || d.latestStatus?.state === 'INACTIVE';

function needsMore(nodes: DeploymentNode[], page: Page, window: FetchWindow, production: RegExp): boolean {
  const oldest = page.nodes[page.nodes.length - 1];
  const oldestAt = oldest ? Date.parse(oldest.createdAt) : -Infinity;
  const haveBase = nodes.some((d) => Date.parse(d.createdAt) < window.from && production.test(d.environment ?? '') && isSuccessful(d));
  return page.pageInfo.hasNextPage && !(oldestAt < window.from && (haveBase || oldestAt < window.from - BASE_LOOKBACK_MS));
}

async function remainingPages(api: GitHubApi, repo: string, first: Page, window: FetchWindow, production: RegExp): Promise<DeploymentNode[]> {
  const [owner, name] = repo.split('/');
  const nodes = [...first.nodes];
  let page = first;
  while (needsMore(nodes, page, window, production)) {
    const data: DeploymentsResponse = await api.graphql<DeploymentsResponse>(DEPLOYMENTS_QUERY, { owner, name, after: page.pageInfo.endCursor }, `repository ${repo}`);
    if (!data.repository) {
      break;
    }
    page = data.repository.deployments;
    nodes.push(...page.nodes);
  }
  return nodes;
}

async function batch(api: GitHubApi, repos: readonly string[], window: FetchWindow, production: RegExp): Promise<Array<RepoDeployments | undefined>> {
  const data = await api.graphqlAllowingMissing<DeploymentsBatchResponse>(deploymentsBatchQuery(repos), {}, `repositories ${repos.join(', ')}`);
  return Promise.all(
    repos.map(async (repo, i) => {
      const repository = data[aliasOf(i)];
      if (!repository) {
        return undefined;
      }
      const nodes = await remainingPages(api, repo, repository.deployments, window, production);
      return { repo, defaultBranch: repository.defaultBranchRef?.name, nodes };
    })
  );
}

export async function listDeployments(api: GitHubApi, repos: readonly string[], window: FetchWindow, production: RegExp): Promise<{ found: RepoDeployments[]; missing: string[] }> {
  const chunks = Array.from({ length: Math.ceil(repos.length / REPOS_PER_BATCH) }, (_, i) => repos.slice(i * REPOS_PER_BATCH, (i + 1) * REPOS_PER_BATCH));
  const results = (await Promise.all(chunks.map((chunk) => batch(api, chunk, window, production)))).flat();
  return {
    found: results.filter((r): r is RepoDeployments => r !== undefined),
    missing: repos.filter((_, i) => results[i] === undefined),
  };
}
