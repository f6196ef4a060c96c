/**
 * Normalized records: the contract every source maps into and the engine computes from.
 * All instants are epoch milliseconds (UTC). Every record carries its source and a stable id,
 * so the same item seen through two sources can be de-duplicated.
 */

export type SourceName = 'demo' | 'github' | 'asana' | 'notion' | 'ga4' | 'hubspot' | 'manual';

export interface RecordBase {
  /** Stable within its source, e.g. 'github:acme/api#123'. */
  id: string;
  source: SourceName;
}

/** A pull/merge request. */
export interface ChangeRecord extends RecordBase {
  repo: string;
  number: number;
  title: string;
  author: string;
  team?: string;
  createdAt: number;
  firstCommitAt?: number;
  readyForReviewAt?: number;
  /** Currently a draft (not ready for review). Undefined when the source does not say. */
  draft?: boolean;
  firstReviewAt?: number;
  /** Instants of approving reviews, ascending. */
  approvals: number[];
  mergedAt?: number;
  closedAt?: number;
  reopenedCount: number;
  labels: string[];
  targetBranch: string;
  /** True when targetBranch is the repo's default branch. */
  toDefaultBranch: boolean;
  /** Id of the change this one reverts, when it is a revert. */
  revertOf?: string;
  additions?: number;
  deletions?: number;
  changedFiles?: number;
  commitCount?: number;
  mergeCommitSha?: string;
}

export type ReviewState = 'approved' | 'changes_requested' | 'commented' | 'dismissed';

/** A review or a review comment on a change. */
export interface ReviewRecord extends RecordBase {
  changeId: string;
  repo: string;
  reviewer: string;
  reviewerTeam?: string;
  submittedAt: number;
  state: ReviewState;
  /** Number of comments in this review (0 for a bare approval). */
  commentCount: number;
}

export type DeploymentStatus = 'success' | 'failure' | 'error' | 'in_progress' | 'cancelled';

export interface DeploymentRecord extends RecordBase {
  /** Service or repo deployed. */
  service: string;
  repo?: string;
  team?: string;
  environment: string;
  /** Whether this environment counts as production under the configured definition. */
  production: boolean;
  startedAt: number;
  finishedAt?: number;
  status: DeploymentStatus;
  sha?: string;
  /** Commits this deployment shipped that the previous production deployment of the service did not. */
  commitShas?: string[];
  /** Ids of the changes (PRs) this deployment shipped for the first time. */
  changeIds?: string[];
  /** A rollback, hotfix or fix-forward made because of a production incident (unplanned). */
  unplanned?: boolean;
  /** Id of a deployment this one rolls back. */
  rollbackOf?: string;
}

export type IncidentSeverity = 'critical' | 'high' | 'medium' | 'low';

export interface IncidentRecord extends RecordBase {
  title: string;
  service?: string;
  team?: string;
  severity: IncidentSeverity;
  openedAt: number;
  resolvedAt?: number;
  /** Deployment that caused it, when known (explicit link or the linking rule). */
  causedByDeploymentId?: string;
}

export interface ReleaseRecord extends RecordBase {
  repo: string;
  tag: string;
  name?: string;
  publishedAt: number;
  prerelease: boolean;
  /** 'release' (GitHub release) or 'tag' (bare tag). */
  kind: 'release' | 'tag';
}

export interface StatusChange {
  at: number;
  /** Status, section or state name the item entered. */
  to: string;
  from?: string;
}

export type WorkItemType = 'feature' | 'bug' | 'tech_debt' | 'bizsup' | 'task' | 'story' | 'prd' | 'fsd' | 'other';

export interface WorkItemRecord extends RecordBase {
  /** 'asana' | 'github' | 'jira' | ... — the tracker the item lives in. */
  tracker: string;
  project: string;
  title: string;
  type: WorkItemType;
  /** Current status/section. */
  status: string;
  statusHistory: StatusChange[];
  points?: number;
  /** Sprint id the item is currently in. */
  sprint?: string;
  /** Sprint ids the item was planned into, in order (carry-over leaves several). */
  sprintHistory?: string[];
  assignee?: string;
  team?: string;
  createdAt: number;
  /** Set while completed; cleared again when reopened. */
  completedAt?: number;
  /** Reopen instants (completed → not completed). */
  reopenedAt?: number[];
  tags: string[];
  customFields: Record<string, string | number | boolean | null>;
  blockedSince?: number;
  link?: string;
}

export interface SprintRecord extends RecordBase {
  name: string;
  project: string;
  team?: string;
  startAt: number;
  endAt: number;
  /** Item ids planned at sprint start. */
  plannedItemIds: string[];
  /** Item ids added after sprint start. */
  addedItemIds: string[];
  /** Item ids removed after sprint start. */
  removedItemIds: string[];
}

export type DocumentKind = 'prd' | 'fsd' | 'other';

export interface DocumentRecord extends RecordBase {
  kind: DocumentKind;
  title: string;
  status: string;
  createdAt: number;
  completedAt?: number;
  link?: string;
  team?: string;
  /** Ids of records from other sources merged into this one by de-duplication. */
  mergedFrom?: string[];
}

export interface WebTrafficRow extends RecordBase {
  /** Start of the day, epoch ms, in the property's time zone. */
  date: number;
  device: string;
  channel?: string;
  sessions: number;
  users: number;
  pageviews: number;
  /** Seconds. */
  avgSessionDuration: number;
  engagedSessions?: number;
}

export interface EmailStatsRow extends RecordBase {
  date: number;
  emailId: string;
  campaign?: string;
  sent: number;
  delivered: number;
  opens: number;
  clicks: number;
  bounces?: number;
  unsubscribes?: number;
}

/** Product events for OKR-style KPIs (e.g. document creation durations, completion, device share). */
export interface ProductEventRow extends RecordBase {
  at: number;
  name: string;
  category?: string;
  durationMs?: number;
  completed?: boolean;
}

/** A value entered by hand in the data source settings (survey scores, incidents without a tool, ...). */
export interface ManualValue extends RecordBase {
  metricId: string;
  at: number;
  value: number;
  team?: string;
}

/** Everything the engine may compute from. Missing arrays mean "source not set up" (no data), not zero. */
export interface RecordSet {
  changes?: ChangeRecord[];
  reviews?: ReviewRecord[];
  deployments?: DeploymentRecord[];
  incidents?: IncidentRecord[];
  releases?: ReleaseRecord[];
  workItems?: WorkItemRecord[];
  sprints?: SprintRecord[];
  documents?: DocumentRecord[];
  webTraffic?: WebTrafficRow[];
  emailStats?: EmailStatsRow[];
  productEvents?: ProductEventRow[];
  manualValues?: ManualValue[];
}

export type RecordKind = keyof RecordSet;
