/** Save & test: the credentials work, carry the scopes the settings need, and reach every configured repository. */
import { QueryError } from '../../protocol/errors';
import type { SourceHealth } from '../types';
import type { GitHubApi } from './client';
import type { ResolvedGitHubSettings } from './settings';

async function whoAmI(api: GitHubApi, settings: ResolvedGitHubSettings): Promise<{ who: string; problem?: string }> {
  if (settings.auth.kind === 'app') {
    const { data } = await api.request<{ total_count: number }>('GET /installation/repositories', { per_page: 1 }, 'the App installation');
    return { who: `GitHub App ${settings.auth.appId} (installation ${settings.auth.installationId}, ${data.total_count} repositories)` };
  }
  const { data, headers } = await api.request<{ login: string }>('GET /user', {}, 'the token owner');
  const scopes = headers['x-oauth-scopes'];
  if (typeof scopes !== 'string') {
    return { who: data.login };
  }
  const granted = scopes.split(',').map((s) => s.trim());
  if (!granted.includes('repo') && !granted.includes('public_repo')) {
    return { who: data.login, problem: 'the token lacks the "repo" scope (needed to read pull requests and deployments)' };
  }
  if (settings.teamsFrom === 'github' && !granted.includes('read:org') && !granted.includes('admin:org')) {
    return { who: data.login, problem: 'the token lacks the "read:org" scope (needed for GitHub teams); add it or use a team mapping' };
  }
  return { who: data.login };
}

export async function checkGitHubHealth(api: GitHubApi, settings: ResolvedGitHubSettings, listRepos: () => Promise<string[]>): Promise<SourceHealth> {
  try {
    const { who, problem } = await whoAmI(api, settings);
    if (problem) {
      return { status: 'error', message: `GitHub: ${problem}.` };
    }
    const repos = await listRepos();
    if (repos.length === 0) {
      return { status: 'error', message: `GitHub: connected as ${who}, but no repository matches the configured organization, list or patterns.` };
    }
    const results = await Promise.allSettled(repos.map((full) => {
      const [owner, repo] = full.split('/');
      return api.request('GET /repos/{owner}/{repo}', { owner, repo }, `repository ${full}`);
    }));
    const missing = repos.filter((_, i) => results[i].status === 'rejected');
    const firstError = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (firstError) {
      const reason = firstError.reason instanceof QueryError && firstError.reason.status !== 404 ? ` (${firstError.reason.message})` : '';
      return { status: 'error', message: `GitHub: connected as ${who}, but cannot read ${missing.join(', ')}: not found or no access${reason}.` };
    }
    return { status: 'ok', message: `GitHub: connected as ${who}; ${repos.length} repositories reachable.` };
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
