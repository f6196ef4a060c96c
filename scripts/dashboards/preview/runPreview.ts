/**
 * The preview without Grafana: every panel, annotation and variable query of the committed dashboards and
 * every alert rule query, run against the built executable (demo data source), with each rule's
 * reduce/math/threshold chain applied to the returned frames.
 */
import { evaluateRule, type RuleEvaluation } from '../../alerting/evaluateRule';
import type { AlertRule } from '../../alerting/schemas/alertRules';
import type { FrameJson } from './frameJson';
import { buildHostCli } from './hostCli';
import { dashboardQueries, ruleQueries } from './previewQueries';
import { committedDashboards, committedRules } from './previewTargets';
import { runQueries, type PreviewResult } from './runQueries';

export interface RulePreview {
  rule: AlertRule;
  evaluation: RuleEvaluation;
  results: PreviewResult[];
}

export interface Preview {
  now: Date;
  queries: PreviewResult[];
  rules: RulePreview[];
}

export function runPreview(now = new Date()): Preview {
  const bin = buildHostCli();
  const dashboards = committedDashboards();
  const rules = committedRules();
  const queries = runQueries(
    bin,
    dashboards.flatMap((d) => dashboardQueries(d, now))
  );
  const ruleResults = runQueries(
    bin,
    rules.flatMap((r) => ruleQueries(r, now))
  );
  const previews = rules.map((rule) => {
    const results = ruleResults.filter((r) => r.query.owner.kind === 'rule' && r.query.owner.uid === rule.uid);
    const frames = new Map<string, FrameJson[]>(
      results.map((r) => [r.query.owner.kind === 'rule' ? r.query.owner.refId : '', r.response.frames ?? []])
    );
    const failed = results.find((r) => r.response.error);
    const evaluation: RuleEvaluation = failed ? { state: 'nodata', steps: {} } : evaluateRule(rule, frames);
    return { rule, evaluation, results };
  });
  return { now, queries, rules: previews };
}
