/**
 * provisioning/dashboards/teammetrics.yaml: one file provider per department, placing its dashboards in the
 * department's folder. Only `folder` (the title) is set, not `folderUid`: alert rule provisioning finds or
 * creates folders by title, so both land in the same folder whichever Grafana provisions first.
 */
import { FOLDERS, type DepartmentName } from './constants';
import type { DashboardFile } from './dashboardFiles';

/** Where docker-compose.yaml mounts each department's dashboards inside the Grafana container. */
export const containerDashboardDir = (department: DepartmentName): string =>
  `/var/lib/grafana/dashboards/teammetrics/${department.toLowerCase()}`;

export function providersFile(files: readonly DashboardFile[]) {
  const departments = [...new Set(files.map((f) => f.department))];
  return {
    apiVersion: 1,
    providers: departments.map((department) => ({
      name: `Team Metrics · ${department}`,
      orgId: 1,
      folder: FOLDERS[department].title,
      type: 'file',
      disableDeletion: false,
      allowUiUpdates: false,
      updateIntervalSeconds: 60,
      options: { path: containerDashboardDir(department), foldersFromFilesStructure: false },
    })),
  };
}
