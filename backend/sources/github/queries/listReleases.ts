/** Published releases of a repository since the window start (newest first; paging stops past the window). */
import type { ReleaseRecord } from '../../../../common/records';
import type { FetchWindow } from '../../types';
import type { GitHubApi } from '../client';

export interface ReleaseItem {
  id: number;
  tag_name: string;
  name: string | null;
  draft: boolean;
  prerelease: boolean;
  created_at: string;
  published_at: string | null;
}

export async function listReleases(api: GitHubApi, repo: string, window: FetchWindow): Promise<ReleaseRecord[]> {
  const [owner, name] = repo.split('/');
  const older = (r: ReleaseItem) => Date.parse(r.created_at) < window.from;
  const items = await api.paginate<ReleaseItem>('GET /repos/{owner}/{repo}/releases', { owner, repo: name, per_page: 100 }, `releases of ${repo}`, (page) => page.length > 0 && page.every(older));
  return items
    .filter((r): r is ReleaseItem & { published_at: string } => !r.draft && r.published_at !== null && Date.parse(r.published_at) >= window.from && Date.parse(r.published_at) < window.to)
    .map((r) => ({ id: `github:${repo}/release/${r.id}`, source: 'github', repo, tag: r.tag_name, name: r.name ?? undefined, publishedAt: Date.parse(r.published_at), prerelease: r.prerelease, kind: 'release' }));
}
