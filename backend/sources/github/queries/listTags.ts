/**
 * Bare tags (those without a release) in the window, as ReleaseRecords of kind 'tag'. First pages come ten
 * repositories per GraphQL query; a repository whose tags reach further back continues on its own.
 */
import type { ReleaseRecord } from '../../../../common/records';
import type { FetchWindow } from '../../types';
import type { GitHubApi } from '../client';
import { aliasOf, REPOS_PER_BATCH } from './deploymentsBatchQuery';
import { tagsBatchQuery, type TagsBatchResponse } from './tagsBatchQuery';
import { TAGS_QUERY, type TagNode, type TagsResponse } from './tagsQuery';

type Refs = NonNullable<NonNullable<TagsResponse['repository']>['refs']>;

function tagDate(tag: TagNode): number | undefined {
  const iso = tag.target.tagger?.date ?? tag.target.committedDate ?? tag.target.target?.committedDate;
  return iso ? Date.parse(iso) : undefined;
}

async function allTags(api: GitHubApi, repo: string, first: Refs, window: FetchWindow): Promise<TagNode[]> {
  const [owner, name] = repo.split('/');
  const tags = [...first.nodes];
  let refs: Refs | null | undefined = first;
  while (refs?.pageInfo.hasNextPage && (tagDate(refs.nodes[refs.nodes.length - 1]) ?? 0) >= window.from) {
    const data: TagsResponse = await api.graphql<TagsResponse>(TAGS_QUERY, { owner, name, after: refs.pageInfo.endCursor }, `tags of ${repo}`);
    refs = data.repository?.refs;
    tags.push(...(refs?.nodes ?? []));
  }
  return tags;
}

/** `released` holds "owner/name tag" of every tag that has a release. */
export async function listTags(api: GitHubApi, repos: readonly string[], window: FetchWindow, released: ReadonlySet<string>): Promise<ReleaseRecord[]> {
  const chunks = Array.from({ length: Math.ceil(repos.length / REPOS_PER_BATCH) }, (_, i) => repos.slice(i * REPOS_PER_BATCH, (i + 1) * REPOS_PER_BATCH));
  const perChunk = await Promise.all(
    chunks.map(async (chunk) => {
      const data = await api.graphqlAllowingMissing<TagsBatchResponse>(tagsBatchQuery(chunk), {}, `tags of ${chunk.join(', ')}`);
      return Promise.all(chunk.map(async (repo, i) => {
        const refs = data[aliasOf(i)]?.refs;
        return refs ? (await allTags(api, repo, refs, window)).map((tag) => ({ repo, tag })) : [];
      }));
    })
  );
  return perChunk.flat(2).flatMap(({ repo, tag }): ReleaseRecord[] => {
    const at = tagDate(tag);
    return at !== undefined && at >= window.from && at < window.to && !released.has(`${repo} ${tag.name}`)
      ? [{ id: `github:${repo}/tag/${tag.name}`, source: 'github', repo, tag: tag.name, publishedAt: at, prerelease: false, kind: 'tag' }]
      : [];
  });
}
