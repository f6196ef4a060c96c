/** Labelled issues → WorkItemRecords (bug, tech_debt) and IncidentRecords (incident label). */
import type { IncidentRecord, IncidentSeverity, StatusChange, WorkItemRecord, WorkItemType } from '../../../../common/records';
import type { IssueNode } from '../queries/issuesQuery';

export interface IssueLabels {
  bug: string;
  techDebt: string;
  incident: string;
}

/** Both the work item and the incident an issue makes carry this id. */
export const issueId = (repo: string, number: number) => `github:${repo}#${number}`;

const SEVERITY_PATTERNS: Array<[RegExp, IncidentSeverity]> = [
  [/^(sev(erity)?[:\s-]*(0|1|critical)|p0|p1)$/i, 'critical'],
  [/^(sev(erity)?[:\s-]*(2|high)|p2)$/i, 'high'],
  [/^(sev(erity)?[:\s-]*(3|medium)|p3)$/i, 'medium'],
  [/^(sev(erity)?[:\s-]*(4|low)|p4)$/i, 'low'],
];

function severityOf(labels: string[]): IncidentSeverity {
  for (const [pattern, severity] of SEVERITY_PATTERNS) {
    if (labels.some((l) => pattern.test(l))) {
      return severity;
    }
  }
  return 'medium';
}

function history(issue: IssueNode): StatusChange[] {
  const changes: StatusChange[] = [{ at: Date.parse(issue.createdAt), to: 'open' }];
  for (const e of issue.timelineItems.nodes) {
    if (e.createdAt) {
      const to = e.__typename === 'ClosedEvent' ? 'closed' : 'open';
      changes.push({ at: Date.parse(e.createdAt), to, from: to === 'closed' ? 'open' : 'closed' });
    }
  }
  return changes.sort((a, b) => a.at - b.at);
}

export function toIssueRecords(nodes: readonly IssueNode[], labels: IssueLabels, teams: Map<string, string>): { workItems: WorkItemRecord[]; incidents: IncidentRecord[] } {
  const workItems: WorkItemRecord[] = [];
  const incidents: IncidentRecord[] = [];
  const has = (issue: IssueNode, label: string) => issue.labels.nodes.some((l) => l.name.toLowerCase() === label.toLowerCase());
  for (const issue of nodes) {
    const repo = issue.repository.nameWithOwner;
    const id = issueId(repo, issue.number);
    const names = issue.labels.nodes.map((l) => l.name);
    const assignee = issue.assignees.nodes[0]?.login;
    const team = teams.get((assignee ?? issue.author?.login ?? '').toLowerCase());
    const closedAt = issue.state === 'CLOSED' && issue.closedAt ? Date.parse(issue.closedAt) : undefined;
    if (has(issue, labels.incident)) {
      incidents.push({ id, source: 'github', title: issue.title, service: repo, team, severity: severityOf(names), openedAt: Date.parse(issue.createdAt), resolvedAt: closedAt });
    }
    const type: WorkItemType | undefined = has(issue, labels.bug) ? 'bug' : has(issue, labels.techDebt) ? 'tech_debt' : undefined;
    if (type) {
      const statusHistory = history(issue);
      workItems.push({
        id,
        source: 'github',
        tracker: 'github',
        project: repo,
        title: issue.title,
        type,
        status: issue.state === 'OPEN' ? 'open' : 'closed',
        statusHistory,
        assignee,
        team,
        createdAt: Date.parse(issue.createdAt),
        completedAt: closedAt,
        reopenedAt: statusHistory.filter((s) => s.from === 'closed').map((s) => s.at),
        tags: names,
        customFields: {},
        link: issue.url,
      });
    }
  }
  return { workItems, incidents };
}
