/** Every provisioning/alerting file: one rule file per department (folder), contact points, policy, templates. */
import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import type { CatalogPicker } from '../dashboards/catalogPicker';
import { FOLDERS, type DepartmentName } from '../dashboards/constants';
import { alertRule } from './alertRule';
import { contactPoints } from './contactPoints';
import { messageTemplates } from './messageTemplate';
import { notificationPolicy } from './notificationPolicy';
import { panelLinks } from './panelLinks';
import { ruleSpecs } from './ruleSpecs';
import type { RuleFile, RuleGroup } from './schemas/alertRules';
import type { NotificationFile } from './schemas/notifications';

/** KPIs change slowly; evaluating every 5 minutes matches the plugin's default cache TTL. */
export const GROUP_INTERVAL = '5m';

export interface AlertingFile {
  /** Path relative to the repository root. */
  path: string;
  comment: string;
  content: RuleFile | NotificationFile;
}

function ruleFile(department: DepartmentName, groups: RuleGroup[]): RuleFile {
  return { apiVersion: 1, groups };
}

export function alertingFiles(picker: CatalogPicker, dashboards: readonly dashboard.Dashboard[]): AlertingFile[] {
  const links = panelLinks(dashboards);
  const groups = new Map<string, RuleGroup>();
  for (const spec of ruleSpecs(picker)) {
    const key = `${spec.department}/${spec.group}`;
    const group = groups.get(key) ?? {
      orgId: 1,
      name: spec.group,
      folder: FOLDERS[spec.department].title,
      interval: GROUP_INTERVAL,
      rules: [],
    };
    group.rules.push(alertRule(spec, links.get(spec.entry.id)));
    groups.set(key, group);
  }
  const departments: DepartmentName[] = ['Engineering', 'Marketing'];
  const files: AlertingFile[] = departments.map((department) => ({
    path: `provisioning/alerting/${department.toLowerCase()}-rules.yaml`,
    comment: `${department} alert rules (folder "${FOLDERS[department].title}"), generated from the metric catalog.`,
    content: ruleFile(
      department,
      [...groups.values()].filter((g) => g.folder === FOLDERS[department].title)
    ),
  }));
  return [
    ...files.filter((f) => ((f.content as RuleFile).groups ?? []).length > 0),
    {
      path: 'provisioning/alerting/contact-points.yaml',
      comment: 'Contact points; secrets from environment variables (see docker-compose.yaml and README).',
      content: { apiVersion: 1, contactPoints: contactPoints() },
    },
    {
      path: 'provisioning/alerting/notification-policies.yaml',
      comment: "Notification policy tree: by team, then severity. Provisioning replaces the org's whole tree.",
      content: { apiVersion: 1, policies: [notificationPolicy()] },
    },
    {
      path: 'provisioning/alerting/templates.yaml',
      comment: 'Notification templates: value, target and owner of each alert.',
      content: { apiVersion: 1, templates: messageTemplates() },
    },
  ];
}
