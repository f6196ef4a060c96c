/** Reads the committed generated files the preview runs: dashboards/*.json and provisioning/alerting/*-rules.yaml. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import { parse } from 'yaml';
import { ruleFileSchema, type AlertRule } from '../../alerting/schemas/alertRules';

export const ROOT = resolve(__dirname, '../../..');

export function committedDashboards(root = ROOT): dashboard.Dashboard[] {
  const dir = join(root, 'dashboards');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as dashboard.Dashboard);
}

export function committedRules(root = ROOT): AlertRule[] {
  const dir = join(root, 'provisioning', 'alerting');
  return readdirSync(dir)
    .filter((f) => f.endsWith('-rules.yaml'))
    .sort()
    .flatMap((f) => ruleFileSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))).groups ?? [])
    .flatMap((g) => g.rules);
}
