/** SHAs of the commits in head that base lacks (GET compare/base...head, every page). */
import type { GitHubApi } from '../client';

const PER_PAGE = 100;

interface CompareResponse {
  total_commits: number;
  commits: Array<{ sha: string }>;
}

export async function compareCommits(api: GitHubApi, repo: string, base: string, head: string): Promise<string[]> {
  const [owner, name] = repo.split('/');
  const route = 'GET /repos/{owner}/{repo}/compare/{basehead}';
  const params = { owner, repo: name, basehead: `${base}...${head}`, per_page: PER_PAGE };
  const what = `comparison ${base.slice(0, 7)}...${head.slice(0, 7)} in ${repo}`;
  const first = await api.request<CompareResponse>(route, { ...params, page: 1 }, what);
  const shas = first.data.commits.map((c) => c.sha);
  const pages = Math.ceil(first.data.total_commits / PER_PAGE);
  for (let page = 2; page <= pages; page++) {
    const next = await api.request<CompareResponse>(route, { ...params, page }, what);
    shas.push(...next.data.commits.map((c) => c.sha));
  }
  return shas;
}
