/** The generated dashboards: file name, department (folder) and JSON. */
import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import type { CatalogPicker } from './catalogPicker';
import type { DepartmentName } from './constants';
import { engineeringDashboard } from './engineeringDashboard';
import { marketingDashboard } from './marketingDashboard';

export interface DashboardFile {
  /** Path relative to the repository root: dashboards/<domain>-<topic>.json */
  path: string;
  department: DepartmentName;
  dashboard: dashboard.Dashboard;
}

export function dashboardFiles(picker: CatalogPicker): DashboardFile[] {
  return [
    {
      path: 'dashboards/engineering-overview.json',
      department: 'Engineering',
      dashboard: engineeringDashboard(picker),
    },
    { path: 'dashboards/marketing-overview.json', department: 'Marketing', dashboard: marketingDashboard(picker) },
  ];
}
