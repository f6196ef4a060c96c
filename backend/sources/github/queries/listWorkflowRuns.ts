/**
 * Runs of the deploy workflow(s) in the window: the alternative deployment definition. The runs list caps a
 * `created` filter at 1,000 results, so a fuller range is halved until each part fits.
 */
import type { Notice } from '../../../../common/metricResult';
import type { FetchWindow } from '../../types';
import type { GitHubApi } from '../client';
import { SEARCH_RESULT_CAP } from './searchAll';

export interface WorkflowRun {
  id: number;
  name?: string | null;
  path: string;
  head_sha: string;
  head_branch: string | null;
  status: string | null;
  conclusion: string | null;
  created_at: string;
  updated_at: string;
  run_started_at?: string;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

async function runsIn(api: GitHubApi, repo: string, from: number, to: number, notices: Notice[]): Promise<WorkflowRun[]> {
  const [owner, name] = repo.split('/');
  const params = { owner, repo: name, created: `${iso(from)}..${iso(to - 1000)}`, per_page: 100 };
  const route = 'GET /repos/{owner}/{repo}/actions/runs';
  const first = await api.request<{ total_count: number; workflow_runs: WorkflowRun[] }>(route, { ...params, page: 1 }, `workflow runs of ${repo}`);
  if (first.data.total_count > SEARCH_RESULT_CAP && to - from > 60_000) {
    const mid = from + Math.floor((to - from) / 2000) * 1000;
    return [...(await runsIn(api, repo, from, mid, notices)), ...(await runsIn(api, repo, mid, to, notices))];
  }
  if (first.data.total_count > SEARCH_RESULT_CAP) {
    notices.push({ severity: 'warning', text: `${repo}: ${first.data.total_count} workflow runs in one minute; only ${SEARCH_RESULT_CAP} are included.` });
  }
  const runs = [...first.data.workflow_runs];
  const pages = Math.ceil(Math.min(first.data.total_count, SEARCH_RESULT_CAP) / 100);
  for (let page = 2; page <= pages; page++) {
    const next = await api.request<{ workflow_runs: WorkflowRun[] }>(route, { ...params, page }, `workflow runs of ${repo}`);
    runs.push(...next.data.workflow_runs);
  }
  return runs;
}

/** Runs whose workflow name or file path matches the pattern (on any branch; the caller decides). */
export async function listWorkflowRuns(api: GitHubApi, repo: string, window: FetchWindow, pattern: RegExp, notices: Notice[]): Promise<WorkflowRun[]> {
  const runs = await runsIn(api, repo, window.from, window.to, notices);
  return runs.filter((r) => pattern.test(r.name ?? '') || pattern.test(r.path));
}
