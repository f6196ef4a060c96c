/** The first page of tags of several repositories in one GraphQL query (one alias per repository). */
import { aliasOf } from './deploymentsBatchQuery';
import type { TagsResponse } from './tagsQuery';

const FRAGMENT = `fragment TeamMetricsRepoTags on Repository {
  refs(refPrefix: "refs/tags/", first: 100, orderBy: { field: TAG_COMMIT_DATE, direction: DESC }) {
    pageInfo { hasNextPage endCursor }
    nodes {
      name
      target {
        __typename
        ... on Commit { committedDate }
        ... on Tag { tagger { date } target { ... on Commit { committedDate } } }
      }
    }
  }
}`;

export function tagsBatchQuery(repos: readonly string[]): string {
  const fields = repos.map((repo, i) => {
    const [owner, name] = repo.split('/');
    return `  ${aliasOf(i)}: repository(owner: ${JSON.stringify(owner)}, name: ${JSON.stringify(name)}) { ...TeamMetricsRepoTags }`;
  });
  return `query TeamMetricsTagsBatch {\n${fields.join('\n')}\n}\n${FRAGMENT}`;
}

export type TagsBatchResponse = Record<string, TagsResponse['repository']>;
