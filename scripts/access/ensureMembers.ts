/** Adds the listed users (login or email) to a team; users already in it, or unknown to Grafana, are left alone. */
import { GrafanaApiError, type GrafanaApi } from './grafanaApi';
import type { TeamMember, UserLookup } from './grafanaTypes';

export async function ensureMembers(
  api: GrafanaApi,
  team: { id: number; name: string },
  wanted: readonly string[],
  log: (change: string) => void,
  warn: (text: string) => void
): Promise<void> {
  const members = await api.get<TeamMember[]>(`/api/teams/${team.id}/members`);
  const present = new Set(members.flatMap((m) => [m.userId]));
  for (const loginOrEmail of wanted) {
    let user: UserLookup;
    try {
      user = await api.get<UserLookup>(`/api/users/lookup?loginOrEmail=${encodeURIComponent(loginOrEmail)}`);
    } catch (err) {
      if (err instanceof GrafanaApiError && err.status === 404) {
        warn(`user ${loginOrEmail} does not exist in Grafana; not added to ${team.name} (invite them, then re-run)`);
        continue;
      }
      throw err;
    }
    if (present.has(user.id)) {
      continue;
    }
    await api.post(`/api/teams/${team.id}/members`, { userId: user.id });
    present.add(user.id);
    log(`added ${loginOrEmail} to team ${team.name}`);
  }
}
