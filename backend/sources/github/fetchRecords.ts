/** One refresh: probe the repositories, then fetch only what the asked record kinds need, and map it. */
import type { Notice } from '../../../common/metricResult';
import type { DeploymentRecord, RecordKind, RecordSet } from '../../../common/records';
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

/** Repos that answer, and a warning naming those that do not exist or are not accessible; if none answers, a 404. */
async function probe(input: FetchInput, notices: Notice[]): Promise<RepoDeployments[]> {
  const { found, missing } = await listDeployments(input.api, input.repos, input.window, input.settings.production);
  if (missing.length > 0 && found.length === 0) {
    throw downstreamError(`GitHub: ${missing.join(', ')} not found or not accessible with this token (404).`, 404);
  }
  if (missing.length > 0) {
    notices.push({ severity: 'warning', text: `GitHub: ${missing.join(', ')} not found or not accessible with this token (404); showing the other ${found.length} repositories.` });
  }
  return found;
}

async function deploymentsOf(input: FetchInput, repo: RepoDeployments, notices: Notice[]): Promise<DeploymentRecord[]> {
  const { settings, window, api } = input;
  const inWindow = (d: DeploymentRecord) => d.startedAt < window.to;
  if (settings.deployWorkflow) {
    const runs = await listWorkflowRuns(api, repo.repo, { from: window.from - 30 * 86_400_000, to: window.to }, settings.deployWorkflow, notices);
    return runs.filter((r) => !repo.defaultBranch || r.head_branch === repo.defaultBranch).map((r) => fromWorkflowRun(repo.repo, r)).filter(inWindow);
  }
  return repo.nodes.map((d) => fromDeployment(repo.repo, d, settings.production, input.teams.get((d.creator?.login ?? '').toLowerCase()))).filter(inWindow);
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
    const perRepo = await Promise.all(
      reachable.map(async (repo) => attachShippedChanges(api, repo.repo, await deploymentsOf(input, repo, notices), mapped.changes, window))
    );
    records.deployments = perRepo.flat().filter((d) => (d.finishedAt ?? d.startedAt) >= window.from);
  }
  if (wants('releases')) {
    const releases = (await Promise.all(repos.map((repo) => listReleases(api, repo, window)))).flat();
    const tags = await listTags(api, repos, window, new Set(releases.map((r) => `${r.repo} ${r.tag}`)));
    records.releases = [...releases, ...tags];
  }
  if (mapped) {
    records.changes = mapped.changes;
    records.reviews = mapped.reviews;
  }
  const asked: RecordSet = Object.fromEntries(kinds.filter((k) => records[k] !== undefined).map((k) => [k, records[k]]));
  return { records: asked, notices, meta: { repositories: repos.length, missingRepositories: input.repos.length - repos.length, rateLimits: api.rateLimits() } };
}
