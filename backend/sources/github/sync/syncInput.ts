/** What every step of a GitHub sync run works with. */
import type { RecordKind, RecordSet } from '../../../../common/records';
import type { SyncRequest } from '../../types';
import type { GitHubApi } from '../client';
import type { IssueLabels } from '../mappers/toIssueRecords';
import type { ResolvedGitHubSettings } from '../settings';

export interface SyncInput {
  api: GitHubApi;
  settings: ResolvedGitHubSettings;
  /** The repositories in scope (listRepos); those that do not answer are left out by the probe. */
  repos: readonly string[];
  teams: Map<string, string>;
  request: SyncRequest;
  now: number;
  signal: AbortSignal;
  /** Runs one batch's requests under the run's signal, counters and rate-limit deadline. */
  within<T>(work: () => Promise<T>): Promise<T>;
}

export const wants = (input: SyncInput, ...kinds: RecordKind[]) => kinds.some((k) => input.request.kinds.includes(k));

export const issueLabelsOf = (settings: ResolvedGitHubSettings): IssueLabels => ({ bug: settings.bugLabel, techDebt: settings.techDebtLabel, incident: settings.incidentLabel });

/** Only the kinds the store keeps, and only those that were read. */
export function keptKinds(input: SyncInput, records: RecordSet): RecordSet {
  return Object.fromEntries(input.request.kinds.filter((k) => records[k] !== undefined).map((k) => [k, records[k]]));
}
