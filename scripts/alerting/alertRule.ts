/** A rule spec as a provisioned Grafana alert rule: data chain, labels for routing, annotations for people. */
import { targetText } from '../dashboards/targetText';
import type { PanelLink } from './panelLinks';
import { ruleData } from './ruleData';
import type { RuleSpec } from './ruleSpec';
import type { AlertRule } from './schemas/alertRules';
import { valueTemplate } from './valueTemplate';

/** Pending period before a breach notifies; KPIs move slowly and the plugin caches for 5 minutes. */
export const RULE_FOR = '15m';

export function alertRule(spec: RuleSpec, link: PanelLink | undefined): AlertRule {
  const { data, condition, valueRef, baselineRef } = ruleData(spec);
  const value = valueTemplate(valueRef, spec.entry.unit);
  const baseline = baselineRef ? ` (baseline ${valueTemplate(baselineRef, spec.entry.unit)})` : '';
  const annotations: Record<string, string> = {
    summary: `${spec.entry.title} is ${value}${baseline}: ${spec.breach}.`,
    description: spec.entry.texts.definition,
    runbook: spec.runbook,
    value: `${value}${baseline}`,
    target: targetText(spec.entry) ?? 'none',
    owner: spec.entry.owner,
  };
  if (link) {
    annotations.__dashboardUid__ = link.dashboardUid;
    annotations.__panelId__ = String(link.panelId);
  }
  return {
    uid: spec.uid,
    title: spec.title,
    condition,
    data,
    ...(link ? { dashboardUid: link.dashboardUid, panelId: link.panelId } : {}),
    // No data means a source is not set up (the panel says which); an evaluation error raises Grafana's error alert.
    noDataState: 'OK',
    execErrState: 'Error',
    for: RULE_FOR,
    annotations,
    labels: { severity: spec.severity, team: spec.department, metric: spec.entry.id, source: 'teammetrics' },
    isPaused: false,
  };
}
