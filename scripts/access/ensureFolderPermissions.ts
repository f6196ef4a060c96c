/**
 * Sets a folder's permissions to exactly the wanted team items. POST /api/folders/:uid/permissions
 * replaces the whole list (dropping the default Viewer/Editor role items), so it is only sent when the
 * current list differs.
 */
import { PERMISSION, type PermissionName } from './accessPlan';
import type { GrafanaApi } from './grafanaApi';
import type { FolderPermission } from './grafanaTypes';

export interface WantedTeamPermission {
  teamId: number;
  teamName: string;
  permission: PermissionName;
}

const key = (p: { teamId?: number; userId?: number; role?: string; permission: number }) =>
  `${p.teamId ?? ''}|${p.userId ?? ''}|${p.role ?? ''}|${p.permission}`;

export async function ensureFolderPermissions(
  api: GrafanaApi,
  folder: { uid: string; title: string },
  wanted: readonly WantedTeamPermission[],
  log: (change: string) => void
): Promise<void> {
  const current = await api.get<FolderPermission[]>(`/api/folders/${encodeURIComponent(folder.uid)}/permissions`);
  // Inherited items (e.g. from a parent folder) cannot be set here; compare only the folder's own items.
  const own = current.filter((p) => !('inherited' in p) || !(p as { inherited?: boolean }).inherited);
  const items = wanted.map((w) => ({ teamId: w.teamId, permission: PERMISSION[w.permission] }));
  const same = own.length === items.length && items.every((item) => own.some((p) => key(p) === key(item)));
  if (same) {
    return;
  }
  await api.post(`/api/folders/${encodeURIComponent(folder.uid)}/permissions`, { items });
  log(
    `set permissions of folder ${folder.title}: ${wanted.map((w) => `${w.teamName}=${w.permission}`).join(', ')} (other members lose access)`
  );
}
