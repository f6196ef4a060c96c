/** Minimal valid records of each kind for the store's tests. */
import type { ChangeRecord, RecordKind, RecordSet } from '../../../common/records';

type RecordOf<K extends RecordKind> = NonNullable<RecordSet[K]>[number];

export const DAY_MS = 86_400_000;

export function change(id: string, createdAt: number, more: Partial<ChangeRecord> = {}): ChangeRecord {
  return {
    id,
    source: 'github',
    repo: 'acme/api',
    number: 1,
    title: `change ${id}`,
    author: 'octocat',
    createdAt,
    approvals: [],
    reopenedCount: 0,
    labels: [],
    targetBranch: 'main',
    toDefaultBranch: true,
    ...more,
  };
}

/** A change of about 400 bytes of JSON, like a real pull request record. */
export function realisticChange(id: string, createdAt: number): ChangeRecord {
  return change(id, createdAt, {
    number: createdAt % 100_000,
    title: 'Retry the billing worker with exponential backoff',
    team: 'payments',
    firstCommitAt: createdAt - 3_600_000,
    firstReviewAt: createdAt + 7_200_000,
    approvals: [createdAt + 9_000_000],
    mergedAt: createdAt + 10_000_000,
    closedAt: createdAt + 10_000_000,
    labels: ['backend'],
    additions: 120,
    deletions: 45,
  });
}

/** One record of each kind, alive over [start, end] (end undefined = open; points use start). */
export const RECORD_OF: { [K in RecordKind]: (id: string, start: number, end?: number) => RecordOf<K> } = {
  changes: (id, start, end) => change(id, start, { closedAt: end }),
  reviews: (id, start) => ({ id, source: 'github', changeId: 'c', repo: 'acme/api', reviewer: 'r', submittedAt: start, state: 'approved', commentCount: 0 }),
  deployments: (id, start, end) => ({ id, source: 'github', service: 'api', environment: 'production', production: true, startedAt: start, finishedAt: end, status: end === undefined ? 'in_progress' : 'success' }),
  incidents: (id, start, end) => ({ id, source: 'github', title: 'down', severity: 'high', openedAt: start, resolvedAt: end }),
  releases: (id, start) => ({ id, source: 'github', repo: 'acme/api', tag: 'v1', publishedAt: start, prerelease: false, kind: 'release' }),
  workItems: (id, start, end) => ({ id, source: 'asana', tracker: 'asana', project: 'p', title: 't', type: 'task', status: 's', statusHistory: [], createdAt: start, completedAt: end, tags: [], customFields: {} }),
  sprints: (id, start, end) => ({ id, source: 'asana', name: 's', project: 'p', startAt: start, endAt: end ?? start + 14 * DAY_MS, plannedItemIds: [], addedItemIds: [], removedItemIds: [] }),
  documents: (id, start, end) => ({ id, source: 'notion', kind: 'prd', title: 'd', status: 'draft', createdAt: start, completedAt: end }),
  webTraffic: (id, start) => ({ id, source: 'ga4', date: start, device: 'desktop', sessions: 1, users: 1, pageviews: 1, avgSessionDuration: 1 }),
  emailStats: (id, start) => ({ id, source: 'hubspot', date: start, emailId: 'e', sent: 1, delivered: 1, opens: 1, clicks: 1 }),
  productEvents: (id, start) => ({ id, source: 'ga4', at: start, name: 'doc_created' }),
  manualValues: (id, start) => ({ id, source: 'manual', metricId: 'm', at: start, value: 1 }),
};
