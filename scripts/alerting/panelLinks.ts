/** Where each metric's stat panel is, so alert rules link to it (`__dashboardUid__`, `__panelId__`). */
import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';

export interface PanelLink {
  dashboardUid: string;
  panelId: number;
}

interface TargetLike {
  metric?: unknown;
}

/** metric id → the first single-metric stat panel showing it, across the dashboards. */
export function panelLinks(dashboards: readonly dashboard.Dashboard[]): Map<string, PanelLink> {
  const links = new Map<string, PanelLink>();
  for (const d of dashboards) {
    for (const panel of d.panels ?? []) {
      if (panel.type !== 'stat' || !('targets' in panel) || panel.id === undefined || !d.uid) {
        continue;
      }
      const targets = (panel.targets ?? []) as TargetLike[];
      const metric = targets.length === 1 ? targets[0].metric : undefined;
      if (typeof metric === 'string' && !links.has(metric)) {
        links.set(metric, { dashboardUid: d.uid, panelId: panel.id });
      }
    }
  }
  return links;
}
