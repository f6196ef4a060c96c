/** Bare tags (those without a release) in the window, as ReleaseRecords of kind 'tag'. */
import type { ReleaseRecord } from '../../../../common/records';
import type { FetchWindow } from '../../types';
import type { GitHubApi } from '../client';
import { TAGS_QUERY, type TagNode, type TagsResponse } from './tagsQuery';

function tagDate(tag: TagNode): number | undefined {
  const iso = tag.target.tagger?.date ?? tag.target.committedDate ?? tag.target.target?.committedDate;
  return iso ? Date.parse(iso) : undefined;
}

export async function listTags(api: GitHubApi, repo: string, window: FetchWindow, released: ReadonlySet<string>): Promise<ReleaseRecord[]> {
  const [owner, name] = repo.split('/');
  const tags: ReleaseRecord[] = [];
  let after: string | null = null;
  for (;;) {
    const data: TagsResponse = await api.graphql<TagsResponse>(TAGS_QUERY, { owner, name, after }, `tags of ${repo}`);
    const refs = data.repository?.refs;
    if (!refs) {
      return tags;
    }
    for (const tag of refs.nodes) {
      const at = tagDate(tag);
      if (at !== undefined && at >= window.from && at < window.to && !released.has(tag.name)) {
        tags.push({ id: `github:${repo}/tag/${tag.name}`, source: 'github', repo, tag: tag.name, publishedAt: at, prerelease: false, kind: 'tag' });
      }
    }
    const oldest = refs.nodes[refs.nodes.length - 1];
    if (!refs.pageInfo.hasNextPage || (oldest && (tagDate(oldest) ?? 0) < window.from)) {
      return tags;
    }
    after = refs.pageInfo.endCursor;
  }
}
