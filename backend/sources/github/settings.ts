/** GitHub settings with their defaults applied, checked once when the source is built. */
import type { GitHubSettings, TeamMetricsJsonData, TeamMetricsSecureJsonData } from '../../../common/settings';
import { badRequest } from '../../protocol/errors';
import type { GitHubAuth } from './client';

export const DEFAULT_CACHE_TTL_SECONDS = 300;
export const DEFAULT_PRODUCTION_PATTERN = '^prod(uction)?$';

export interface ResolvedGitHubSettings {
  auth: GitHubAuth;
  baseUrl?: string;
  cacheTtlMs: number;
  org?: string;
  repos: string[];
  repoPatterns: RegExp[];
  production: RegExp;
  deployWorkflow?: RegExp;
  bugLabel: string;
  techDebtLabel: string;
  incidentLabel: string;
  teamsFrom: 'github' | 'mapping' | 'none';
  teamMapping: Record<string, string>;
}

/** "acme/service-*" → /^acme\/service-.*$/i */
export function globToRegExp(glob: string): RegExp {
  const escaped = glob.trim().replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'i');
}

function regex(source: string, name: string): RegExp {
  try {
    return new RegExp(source, 'i');
  } catch {
    throw badRequest(`GitHub: ${name} "${source}" is not a valid regular expression.`);
  }
}

function authOf(github: GitHubSettings, secrets: TeamMetricsSecureJsonData): GitHubAuth {
  if (github.authType === 'app') {
    const { appId, installationId } = github;
    const privateKey = secrets.githubPrivateKey ?? '';
    if (!appId || !installationId || privateKey === '') {
      throw badRequest('GitHub App auth needs the App id, the installation id and the private key.');
    }
    return { kind: 'app', appId, installationId, privateKey };
  }
  const token = secrets.githubToken ?? '';
  if (token === '') {
    throw badRequest('GitHub: no token saved. Paste a personal access token (scopes: repo, read:org).');
  }
  return { kind: 'pat', token };
}

export function resolveGitHubSettings(jsonData: TeamMetricsJsonData, secrets: TeamMetricsSecureJsonData): ResolvedGitHubSettings {
  const github = jsonData.github ?? { enabled: true, authType: 'pat' };
  const explicit = (github.repos ?? []).map((r) => r.trim()).filter((r) => r !== '');
  const patterns = (github.repoPatterns ?? []).filter((p) => p.trim() !== '');
  if (!github.org && explicit.length === 0 && patterns.length === 0) {
    throw badRequest('GitHub: set an organization, a repository list or repository patterns.');
  }
  const mapping = github.teamMapping ?? {};
  return {
    auth: authOf(github, secrets),
    baseUrl: github.baseUrl?.trim() || undefined,
    cacheTtlMs: (jsonData.cacheTtlSeconds ?? DEFAULT_CACHE_TTL_SECONDS) * 1000,
    org: github.org?.trim() || undefined,
    repos: explicit,
    repoPatterns: patterns.map(globToRegExp),
    production: regex(github.productionEnvironmentPattern || DEFAULT_PRODUCTION_PATTERN, 'production environment pattern'),
    deployWorkflow: github.deployWorkflowPattern ? regex(github.deployWorkflowPattern, 'deploy workflow pattern') : undefined,
    bugLabel: github.bugLabel || 'bug',
    techDebtLabel: github.techDebtLabel || 'tech-debt',
    incidentLabel: github.incidentLabel || 'incident',
    teamsFrom: github.teamsFrom ?? (Object.keys(mapping).length > 0 ? 'mapping' : github.org ? 'github' : 'none'),
    teamMapping: mapping,
  };
}
