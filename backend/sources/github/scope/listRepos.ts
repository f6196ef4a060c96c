/** The repositories a data source covers: the explicit list, plus the organization's (or a pattern owner's) repos that match. */
import type { GitHubApi } from '../client';
import type { ResolvedGitHubSettings } from '../settings';

interface RepoItem {
  full_name: string;
  archived?: boolean;
}

function ownersOfPatterns(patterns: RegExp[]): string[] {
  return [...new Set(patterns.map((p) => /^\^([^/\\.*]+)\\\//.exec(p.source)?.[1]).filter((o): o is string => o !== undefined))];
}

/** Sorted, de-duplicated "owner/name" list. Archived repos are left out unless listed explicitly. */
export async function listRepos(api: GitHubApi, settings: ResolvedGitHubSettings): Promise<string[]> {
  const repos = new Set(settings.repos);
  const owners = settings.org ? [settings.org] : ownersOfPatterns(settings.repoPatterns);
  for (const owner of owners) {
    const items = await api.paginate<RepoItem>('GET /orgs/{org}/repos', { org: owner, type: 'all', per_page: 100 }, `organization ${owner}`);
    const matches = (name: string) => settings.repoPatterns.length === 0 ? settings.repos.length === 0 : settings.repoPatterns.some((p) => p.test(name));
    items.filter((r) => !r.archived && matches(r.full_name)).forEach((r) => repos.add(r.full_name));
  }
  return [...repos].sort((a, b) => a.localeCompare(b));
}
