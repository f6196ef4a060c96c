/** GET sources/github/{workflows,labels,environments}?repo=owner/name for the config and query editors. */
import { badRequest } from '../../protocol/errors';
import type { OptionValue, SourceResourceRequest } from '../types';
import type { GitHubApi } from './client';

type Lister = (api: GitHubApi, owner: string, repo: string) => Promise<OptionValue[]>;

const LISTERS: Record<string, Lister> = {
  workflows: async (api, owner, repo) => {
    const items = await api.paginate<{ name: string; path: string }>('GET /repos/{owner}/{repo}/actions/workflows', { owner, repo, per_page: 100 }, `workflows of ${owner}/${repo}`);
    return items.map((w) => ({ value: w.name, label: `${w.name} (${w.path})` }));
  },
  labels: async (api, owner, repo) => {
    const items = await api.paginate<{ name: string }>('GET /repos/{owner}/{repo}/labels', { owner, repo, per_page: 100 }, `labels of ${owner}/${repo}`);
    return items.map((l) => ({ value: l.name, label: l.name }));
  },
  environments: async (api, owner, repo) => environmentsOf(api, `${owner}/${repo}`),
};

export async function environmentsOf(api: GitHubApi, full: string): Promise<OptionValue[]> {
  const [owner, repo] = full.split('/');
  const { data } = await api.request<{ environments?: Array<{ name: string }> }>('GET /repos/{owner}/{repo}/environments', { owner, repo, per_page: 100 }, `environments of ${full}`);
  return (data.environments ?? []).map((e) => ({ value: e.name, label: e.name }));
}

/** undefined = no such resource (404). */
export async function gitHubResource(api: GitHubApi, request: SourceResourceRequest): Promise<{ values: OptionValue[] } | undefined> {
  const lister = request.path.length === 1 ? LISTERS[request.path[0]] : undefined;
  if (!lister) {
    return undefined;
  }
  const [owner, repo] = (request.query.get('repo') ?? '').split('/');
  if (!owner || !repo) {
    throw badRequest(`sources/github/${request.path[0]} needs ?repo=owner/name.`);
  }
  return { values: await lister(api, owner, repo) };
}
