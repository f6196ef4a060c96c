/**
 * Every query the generated files would send, with its time range as Grafana would compute it at `now`:
 * panel targets (dashboard range or the panel's relative time), annotation and variable queries (template
 * variables set to "All"), and alert rule queries (relativeTimeRange).
 */
import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import { ALL_VALUE } from '../variables';
import type { AlertRule } from '../../alerting/schemas/alertRules';

const DAY_MS = 86_400_000;

export type QueryOwner =
  | { kind: 'panel'; dashboard: string; panelId: number; title: string }
  | { kind: 'annotation' | 'variable'; dashboard: string; title: string }
  | { kind: 'rule'; uid: string; title: string; refId: string };

export interface PreviewQuery {
  owner: QueryOwner;
  from: Date;
  to: Date;
  model: Record<string, unknown>;
}

/** Relative ranges such as "now-90d" or a panel's "30d": days before now. */
function daysBack(text: string): number {
  const match = /^(?:now-)?(\d+)d$/.exec(text);
  if (!match) {
    throw new Error(`Unsupported relative time "${text}" (the preview understands N days)`);
  }
  return Number(match[1]);
}

/** Replaces dashboard variables: filters `$repo`/`$team` become "All". */
function interpolate(model: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(model).replace(/"\$(repo|team)"/g, JSON.stringify(ALL_VALUE))) as Record<
    string,
    unknown
  >;
}

export function dashboardQueries(d: dashboard.Dashboard, now: Date): PreviewQuery[] {
  const title = d.title ?? d.uid ?? 'dashboard';
  const rangeDays = daysBack(d.time?.from ?? 'now-6h');
  const range = (days: number) => ({ from: new Date(now.getTime() - days * DAY_MS), to: now });
  const queries: PreviewQuery[] = [];
  for (const panel of d.panels ?? []) {
    if (!('targets' in panel) || panel.id === undefined) {
      continue;
    }
    const days = panel.timeFrom ? daysBack(panel.timeFrom) : rangeDays;
    for (const target of panel.targets ?? []) {
      queries.push({
        owner: { kind: 'panel', dashboard: title, panelId: panel.id, title: panel.title ?? '' },
        ...range(days),
        model: interpolate(target),
      });
    }
  }
  for (const annotation of d.annotations?.list ?? []) {
    if (annotation.target) {
      queries.push({
        owner: { kind: 'annotation', dashboard: title, title: annotation.name },
        ...range(rangeDays),
        model: interpolate(annotation.target),
      });
    }
  }
  for (const variable of d.templating?.list ?? []) {
    if (variable.type === 'query' && typeof variable.query === 'object') {
      queries.push({
        owner: { kind: 'variable', dashboard: title, title: variable.name },
        ...range(rangeDays),
        model: interpolate(variable.query),
      });
    }
  }
  return queries;
}

export function ruleQueries(rule: AlertRule, now: Date): PreviewQuery[] {
  return rule.data
    .filter((step) => step.datasourceUid !== '__expr__')
    .map((step) => ({
      owner: { kind: 'rule', uid: rule.uid, title: rule.title, refId: step.refId },
      from: new Date(now.getTime() - (step.relativeTimeRange?.from ?? 600) * 1000),
      to: new Date(now.getTime() - (step.relativeTimeRange?.to ?? 0) * 1000),
      model: step.model,
    }));
}
