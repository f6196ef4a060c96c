/** Issues with the bug, tech-debt or incident label that are alive in the window. */
import type { Notice } from '../../../../common/metricResult';
import type { FetchWindow } from '../../types';
import type { GitHubApi } from '../client';
import type { IssueLabels } from '../mappers/toIssueRecords';
import { graphqlSearch } from './graphqlSearch';
import { ISSUES_QUERY, type IssueNode } from './issuesQuery';
import type { SearchSync } from './searchSync';

const quote = (label: string) => `"${label.replace(/"/g, '')}"`;

export async function listIssues(api: GitHubApi, sync: SearchSync, repos: readonly string[], labels: IssueLabels, window: FetchWindow, now: number): Promise<{ nodes: IssueNode[]; notices: Notice[] }> {
  if (repos.length === 0) {
    return { nodes: [], notices: [] };
  }
  const filter = `is:issue label:${[labels.bug, labels.techDebt, labels.incident].map(quote).join(',')}`;
  const found = await sync.alive(graphqlSearch<IssueNode>(api, ISSUES_QUERY, 'issue search'), repos, filter, window, now);
  const byKey = new Map(found.nodes.map((i) => [`${i.repository.nameWithOwner}#${i.number}`, i]));
  return { nodes: [...byKey.values()], notices: found.notices };
}
