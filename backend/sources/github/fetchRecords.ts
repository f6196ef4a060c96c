/** One refresh: probe the repositories, then fetch only what the asked record kinds need, and map it. */
import type { Notice } from '../../../common/metricResult';
import type { ChangeRecord, DeploymentRecord, RecordKind, RecordSet, ReleaseRecord } from '../../../common/records';
import { downstreamError } from '../../protocol/errors';
import type { FetchWindow, SourceResult } from '../types';
import { attachShippedChanges } from './attachShippedChanges';
import type { GitHubApi } from './client';
import { toChangeRecords } from './mappers/toChangeRecords';
import { fromDeployment, fromWorkflowRun } from './mappers/toDeploymentRecord';
import { toIssueRecords } from './mappers/toIssueRecords';
import { listDeployments, type RepoDeployments } from './queries/listDeployments';
import { listIssues } from './queries/listIssues';
import { listPullRequests } from './queries/listPullRequests';
import { listReleases } from './queries/listReleases';
import { listTags } from './queries/listTags';
import { listWorkflowRuns } from './queries/listWorkflowRuns';
import type { SearchSync } from './queries/searchSync';
import type { ResolvedGitHubSettings } from './settings';

export interface FetchInput {
  api: GitHubApi;
  sync: SearchSync;
  settings: ResolvedGitHubSettings;
  repos: readonly string[];
  teams: Map<string, string>;
  window: FetchWindow;
  kinds: readonly RecordKind[];
  now: number;
}

/** How far before the window deploy workflow runs are listed, for a base to compare the first deployment with. */
const RUN_BASE_LOOKBACK_MS = 30 * 86_400_000;

/** What the deployment and release reads need of a FetchInput; the sync store, knowing older bases, lists no runs before the window. */
export type WindowInput = Pick<FetchInput, 'api' | 'settings' | 'repos' | 'teams' | 'window'> & { runBaseLookbackMs?: number };

/** Repos that answer, and a warning naming those that do not exist or are not accessible; if none answers, a 404. */
export async function probe(input: WindowInput, notices: Notice[]): Promise<RepoDeployments[]> {
  const { found, missing } = await listDeployments(input.api, input.repos, input.window, input.settings.production);
  if (missing.length > 0 && found.length === 0) {
    throw downstreamError(`GitHub: ${missing.join(', ')} not found or not accessible with this token (404).`, 404);
  }
  if (missing.length > 0) {
    notices.push({ severity: 'warning', text: `GitHub: ${missing.join(', ')} not found or not accessible with this token (404); showing the other ${found.length} repositories.` });
  }
  return found;
}

async function deploymentsOf(input: WindowInput, repo: RepoDeployments, notices: Notice[]): Promise<DeploymentRecord[]> {
  const { settings, window, api } = input;
  const inWindow = (d: DeploymentRecord) => d.startedAt < window.to;
  if (settings.deployWorkflow) {
    const runs = await listWorkflowRuns(api, repo.repo, { from: window.from - (input.runBaseLookbackMs ?? RUN_BASE_LOOKBACK_MS), to: window.to }, settings.deployWorkflow, notices);
    return runs.filter((r) => !repo.defaultBranch || r.head_branch === repo.defaultBranch).map((r) => fromWorkflowRun(repo.repo, r)).filter(inWindow);
  }
  return repo.nodes.map((d) => fromDeployment(repo.repo, d, settings.production, input.teams.get((d.creator?.login ?? '').toLowerCase()))).filter(inWindow);
}

/**
 * Deployments finished in the window, each with the changes it shipped. `bases` (per repo) supplies a production
 * deployment from before the window when the listing did not reach one (the sync store knows older ones).
 */
export async function shippedDeployments(
  input: WindowInput,
  reachable: readonly RepoDeployments[],
  changes: readonly ChangeRecord[],
  notices: Notice[],
  bases: ReadonlyMap<string, DeploymentRecord> = new Map()
): Promise<DeploymentRecord[]> {
  const { api, window } = input;
  const perRepo = await Promise.all(
    reachable.map(async (repo) => {
      const base = bases.get(repo.repo);
      const deployments = await deploymentsOf(input, repo, notices);
      return attachShippedChanges(api, repo.repo, base ? [base, ...deployments] : deployments, changes, window);
    })
  );
  return perRepo.flat().filter((d) => (d.finishedAt ?? d.startedAt) >= window.from);
}

/** Releases published in the window, and bare tags (no release) dated in it. */
export async function releasesAndTags(api: GitHubApi, repos: readonly string[], window: FetchWindow): Promise<ReleaseRecord[]> {
  const releases = (await Promise.all(repos.map((repo) => listReleases(api, repo, window)))).flat();
  const tags = await listTags(api, repos, window, new Set(releases.map((r) => `${r.repo} ${r.tag}`)));
  return [...releases, ...tags];
}

export async function fetchRecords(input: FetchInput): Promise<SourceResult> {
  const { api, settings, window, kinds, now } = input;
  const wants = (...k: RecordKind[]) => k.some((x) => kinds.includes(x));
  const notices: Notice[] = [];
  const reachable = await probe(input, notices);
  const repos = reachable.map((r) => r.repo);
  const records: RecordSet = {};

  const prs = wants('changes', 'reviews', 'deployments') ? await listPullRequests(api, input.sync, repos, window, now) : undefined;
  const mapped = prs ? toChangeRecords(prs.nodes, input.teams) : undefined;
  notices.push(...(prs?.notices ?? []));
  if (wants('workItems', 'incidents')) {
    const labels = { bug: settings.bugLabel, techDebt: settings.techDebtLabel, incident: settings.incidentLabel };
    const issues = await listIssues(api, input.sync, repos, labels, window, now);
    notices.push(...issues.notices);
    Object.assign(records, toIssueRecords(issues.nodes, labels, input.teams));
  }
  if (wants('deployments') && mapped) {
    records.deployments = await shippedDeployments(input, reachable, mapped.changes, notices);
  }
  if (wants('releases')) {
    records.releases = await releasesAndTags(api, repos, window);
  }
  if (mapped) {
    records.changes = mapped.changes;
    records.reviews = mapped.reviews;
  }
  const asked: RecordSet = Object.fromEntries(kinds.filter((k) => records[k] !== undefined).map((k) => [k, records[k]]));
  return { records: asked, notices, meta: { repositories: repos.length, missingRepositories: input.repos.length - repos.length, rateLimits: api.rateLimits() } };
}
