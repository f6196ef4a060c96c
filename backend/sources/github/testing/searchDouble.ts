/**
 * An msw GraphQL search double over a generated set of pull requests: it honours the date qualifier in $q,
 * reports the full issueCount, and, like GitHub, serves no result past the 1,000th.
 */
import { graphql, HttpResponse, type GraphQLHandler } from 'msw';
import type { PullRequestNode } from '../queries/pullRequestsQuery';

export function pullRequestNode(repo: string, number: number, closedAt: number): PullRequestNode {
  const iso = new Date(Math.floor(closedAt / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  return {
    number,
    title: `PR ${number}`,
    body: '',
    createdAt: new Date(closedAt - 3_600_000).toISOString(),
    mergedAt: iso,
    closedAt: iso,
    isDraft: false,
    additions: 1,
    deletions: 1,
    changedFiles: 1,
    baseRefName: 'main',
    author: { login: 'alice' },
    repository: { nameWithOwner: repo, defaultBranchRef: { name: 'main' } },
    mergeCommit: { oid: `${number}`.padStart(40, '0') },
    labels: { nodes: [] },
    commits: { totalCount: 1, nodes: [{ commit: { authoredDate: iso, committedDate: iso } }] },
    reviews: { totalCount: 0, nodes: [] },
    timelineItems: { totalCount: 0, nodes: [] },
  };
}

const RANGE = /(created|closed|updated):(\S+)\.\.(\S+)/;

export function searchHandler(closed: PullRequestNode[], requests: string[] = []): GraphQLHandler {
  return graphql.query('TeamMetricsPullRequests', ({ variables }) => {
    const q = String(variables.q);
    requests.push(q);
    const [, , from, to] = RANGE.exec(q) ?? [];
    const inRange = q.includes('is:open') ? [] : closed.filter((pr) => pr.closedAt !== null && Date.parse(pr.closedAt) >= Date.parse(from) && Date.parse(pr.closedAt) <= Date.parse(to));
    const offset = variables.after ? Number(variables.after) : 0;
    const nodes = inRange.slice(offset, Math.min(offset + 100, 1000));
    const next = offset + nodes.length;
    return HttpResponse.json({
      data: { search: { issueCount: inRange.length, pageInfo: { hasNextPage: next < Math.min(inRange.length, 1000), endCursor: String(next) }, nodes } },
    });
  });
}
