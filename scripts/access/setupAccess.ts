/** Creates the teams, adds members and sets folder permissions; idempotent. Returns the changes made. */
import { FOLDER_ACCESS, TEAM_NAMES, type TeamName } from './accessPlan';
import { ensureFolder } from './ensureFolder';
import { ensureFolderPermissions } from './ensureFolderPermissions';
import { ensureMembers } from './ensureMembers';
import { ensureTeam } from './ensureTeam';
import type { GrafanaApi } from './grafanaApi';
import type { Members } from './membersFile';

export interface SetupReport {
  changes: string[];
  warnings: string[];
}

export async function setupAccess(api: GrafanaApi, members: Members): Promise<SetupReport> {
  const report: SetupReport = { changes: [], warnings: [] };
  const log = (change: string) => report.changes.push(change);
  const warn = (text: string) => report.warnings.push(text);
  const teamIds = new Map<TeamName, number>();
  for (const name of TEAM_NAMES) {
    const id = await ensureTeam(api, name, log);
    teamIds.set(name, id);
    await ensureMembers(api, { id, name }, members[name] ?? [], log, warn);
  }
  for (const access of FOLDER_ACCESS) {
    const uid = await ensureFolder(api, access.folderTitle, log);
    const wanted = access.teams.map(({ team, permission }) => ({
      teamId: teamIds.get(team) ?? -1,
      teamName: team,
      permission,
    }));
    await ensureFolderPermissions(api, { uid, title: access.folderTitle }, wanted, log);
  }
  return report;
}
