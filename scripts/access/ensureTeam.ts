/** The team's id, creating the team when no team has exactly this name. */
import type { GrafanaApi } from './grafanaApi';
import type { CreateTeamResponse, TeamSearchResponse } from './grafanaTypes';

export async function ensureTeam(api: GrafanaApi, name: string, log: (change: string) => void): Promise<number> {
  const found = await api.get<TeamSearchResponse>(`/api/teams/search?name=${encodeURIComponent(name)}`);
  const existing = found.teams.find((t) => t.name === name);
  if (existing) {
    return existing.id;
  }
  const created = await api.post<CreateTeamResponse>('/api/teams', { name });
  log(`created team ${name} (id ${created.teamId})`);
  return created.teamId;
}
