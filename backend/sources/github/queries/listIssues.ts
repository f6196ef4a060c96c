/** Issues with the bug, tech-debt or incident label that are alive in the window. */
import type { Notice } from '../../../../common/metricResult';
import type { FetchWindow } from '../../types';
import type { GitHubApi } from '../client';
import type { IssueLabels } from '../mappers/toIssueRecords';
import { graphqlSearch } from './graphqlSearch';
import { ISSUES_QUERY, type IssueNode } from './issuesQuery';
import type { RunSearch } from './searchAll';
import type { SearchSync } from './searchSync';

export const quoteLabel = (label: string) => `"${label.replace(/"/g, '')}"`;

export const issueFilter = (labels: IssueLabels) => `is:issue label:${[labels.bug, labels.techDebt, labels.incident].map(quoteLabel).join(',')}`;

export const issueSearch = (api: GitHubApi): RunSearch<IssueNode> => graphqlSearch<IssueNode>(api, ISSUES_QUERY, 'issue search');

export const uniqueIssues = (nodes: readonly IssueNode[]): IssueNode[] => [...new Map(nodes.map((i) => [`${i.repository.nameWithOwner}#${i.number}`, i])).values()];

export async function listIssues(api: GitHubApi, sync: SearchSync, repos: readonly string[], labels: IssueLabels, window: FetchWindow, now: number): Promise<{ nodes: IssueNode[]; notices: Notice[] }> {
  if (repos.length === 0) {
    return { nodes: [], notices: [] };
  }
  const found = await sync.alive(issueSearch(api), repos, issueFilter(labels), window, now);
  return { nodes: uniqueIssues(found.nodes), notices: found.notices };
}
