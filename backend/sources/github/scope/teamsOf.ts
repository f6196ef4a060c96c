/** login → team: from the data source's mapping, or from the organization's GitHub teams (first team wins). */
import type { GitHubApi } from '../client';
import type { ResolvedGitHubSettings } from '../settings';

interface TeamItem {
  slug: string;
  name: string;
}

export async function teamsOf(api: GitHubApi, settings: ResolvedGitHubSettings): Promise<Map<string, string>> {
  if (settings.teamsFrom === 'mapping') {
    return new Map(Object.entries(settings.teamMapping).map(([login, team]) => [login.toLowerCase(), team]));
  }
  const byLogin = new Map<string, string>();
  if (settings.teamsFrom !== 'github' || !settings.org) {
    return byLogin;
  }
  const org = settings.org;
  const teams = await api.paginate<TeamItem>('GET /orgs/{org}/teams', { org, per_page: 100 }, `teams of ${org} (needs read:org)`);
  const members = await Promise.all(
    teams.map((t) => api.paginate<{ login: string }>('GET /orgs/{org}/teams/{team_slug}/members', { org, team_slug: t.slug, per_page: 100 }, `team ${t.slug}`))
  );
  teams.forEach((team, i) => members[i].forEach((m) => byLogin.has(m.login.toLowerCase()) || byLogin.set(m.login.toLowerCase(), team.name)));
  return byLogin;
}
