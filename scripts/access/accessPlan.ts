/**
 * Who sees what: the Engineering and Marketing teams see (and may edit) their own department's folder,
 * Leadership sees both. Folder permissions replace Grafana's defaults (Viewer/Editor roles on every
 * folder), so other org members no longer see these folders; org admins always do.
 */
import { FOLDERS, type DepartmentName } from '../dashboards/constants';

export const TEAM_NAMES = ['Engineering', 'Marketing', 'Leadership'] as const;
export type TeamName = (typeof TEAM_NAMES)[number];

/** Grafana folder permission levels. */
export const PERMISSION = { View: 1, Edit: 2, Admin: 4 } as const;
export type PermissionName = keyof typeof PERMISSION;

export interface FolderAccess {
  folderTitle: string;
  teams: Array<{ team: TeamName; permission: PermissionName }>;
}

const departmentAccess = (department: DepartmentName): FolderAccess => ({
  folderTitle: FOLDERS[department].title,
  teams: [
    { team: department, permission: 'Edit' },
    { team: 'Leadership', permission: 'View' },
  ],
});

export const FOLDER_ACCESS: FolderAccess[] = [departmentAccess('Engineering'), departmentAccess('Marketing')];
