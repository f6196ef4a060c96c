/** Adapts a GraphQL search query to searchAll's page shape. */
import type { GitHubApi } from '../client';
import type { SearchResponse } from './pullRequestsQuery';
import type { RunSearch } from './searchAll';

const isNode = <T extends object>(node: T | Record<string, never>): node is T => Object.keys(node).length > 0;

export function graphqlSearch<T extends object>(api: GitHubApi, query: string, what: string): RunSearch<T> {
  return async (q, after) => {
    const { search } = await api.graphql<SearchResponse<T>>(query, { q, after }, what);
    return { count: search.issueCount, nodes: search.nodes.filter(isNode), hasNextPage: search.pageInfo.hasNextPage, endCursor: search.pageInfo.endCursor };
  };
}
