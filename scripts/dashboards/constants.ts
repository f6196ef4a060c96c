/** Names shared by the generated dashboards, alert rules, provisioning files and the access setup. */
import pluginJson from '../../src/plugin.json';

export const PLUGIN_ID: string = pluginJson.id;
/** Name of the dashboards' data source template variable. */
export const DATASOURCE_VARIABLE = 'datasource';
/**
 * Alert rules cannot use template variables (grafana/grafana#6557), so they name a data source uid:
 * the one provisioned by provisioning/datasources/teammetrics.yaml. Change it for a live instance.
 */
export const ALERT_DATASOURCE_UID = 'teammetrics-demo';

export type DepartmentName = 'Engineering' | 'Marketing';

/** Grafana folders: one per department; dashboards and alert rules of a department live in its folder. */
export const FOLDERS: Record<DepartmentName, { title: string }> = {
  Engineering: { title: 'Engineering' },
  Marketing: { title: 'Marketing' },
};
