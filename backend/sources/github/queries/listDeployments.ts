/**
 * A repository's deployments back to the window start, plus the newest successful production deployment
 * before it (the base its first in-window deployment is compared with). Also proves the repo is reachable.
 */
import { downstreamError } from '../../../protocol/errors';
import type { FetchWindow } from '../../types';
import type { GitHubApi } from '../client';
import { DEPLOYMENTS_QUERY, type DeploymentNode, type DeploymentsResponse } from './deploymentsQuery';

/** How far before the window a base deployment is looked for. */
const BASE_LOOKBACK_MS = 30 * 86_400_000;

export interface RepoDeployments {
  repo: string;
  defaultBranch?: string;
  nodes: DeploymentNode[];
}

export const isSuccessful = (d: DeploymentNode) => d.latestStatus?.state === 'SUCCESS' || d.latestStatus?.state === 'INACTIVE';

export async function listDeployments(api: GitHubApi, repo: string, window: FetchWindow, production: RegExp): Promise<RepoDeployments> {
  const [owner, name] = repo.split('/');
  const nodes: DeploymentNode[] = [];
  let after: string | null = null;
  let defaultBranch: string | undefined;
  for (;;) {
    const data: DeploymentsResponse = await api.graphql<DeploymentsResponse>(DEPLOYMENTS_QUERY, { owner, name, after }, `repository ${repo}`);
    if (!data.repository) {
      throw downstreamError(`GitHub: repository ${repo} was not found or the token has no access to it (404).`, 404);
    }
    defaultBranch = data.repository.defaultBranchRef?.name;
    const page = data.repository.deployments;
    nodes.push(...page.nodes);
    const oldest = page.nodes[page.nodes.length - 1];
    const oldestAt = oldest ? Date.parse(oldest.createdAt) : -Infinity;
    const haveBase = nodes.some((d) => Date.parse(d.createdAt) < window.from && production.test(d.environment ?? '') && isSuccessful(d));
    if (!page.pageInfo.hasNextPage || (oldestAt < window.from && (haveBase || oldestAt < window.from - BASE_LOOKBACK_MS))) {
      break;
    }
    after = page.pageInfo.endCursor;
  }
  return { repo, defaultBranch, nodes };
}
