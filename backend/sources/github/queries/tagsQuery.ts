/** Tags of one repository, newest commit first, with the tagger or commit date. */
export const TAGS_QUERY = `query TeamMetricsTags($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    refs(refPrefix: "refs/tags/", first: 100, after: $after, orderBy: { field: TAG_COMMIT_DATE, direction: DESC }) {
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
  }
}`;

export interface TagNode {
  name: string;
  target: { __typename: string; committedDate?: string; tagger?: { date: string | null } | null; target?: { committedDate?: string } };
}

export interface TagsResponse {
  repository: { refs: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: TagNode[] } | null } | null;
}
