/**
 * provisioning/alerting rule files, as Grafana reads them (pkg/services/provisioning/alerting/rules_types.go:
 * AlertRuleGroupV1, AlertRuleV1, QueryV1; docs: Alerting → Provision → file provisioning). Strict: a field
 * Grafana does not know fails validation.
 */
import { z } from 'zod';

const duration = z.string().regex(/^(\d+(ms|s|m|h|d|w|y))+$/, 'a Prometheus duration such as 5m or 1h30m');

export const alertQuerySchema = z.strictObject({
  refId: z.string().min(1),
  queryType: z.string().optional(),
  relativeTimeRange: z.strictObject({ from: z.number().int().min(0), to: z.number().int().min(0) }).optional(),
  datasourceUid: z.string().min(1),
  model: z.record(z.string(), z.unknown()),
});

export const alertRuleSchema = z.strictObject({
  uid: z.string().min(1).max(40),
  title: z.string().min(1),
  condition: z.string().min(1),
  data: z.array(alertQuerySchema).min(1),
  dashboardUid: z.string().optional(),
  panelId: z.number().int().optional(),
  noDataState: z.enum(['NoData', 'Alerting', 'OK']).optional(),
  execErrState: z.enum(['Error', 'Alerting', 'OK']).optional(),
  for: duration.optional(),
  keepFiringFor: duration.optional(),
  annotations: z.record(z.string(), z.string()).optional(),
  labels: z.record(z.string(), z.string()).optional(),
  isPaused: z.boolean().optional(),
});

export const ruleGroupSchema = z.strictObject({
  orgId: z.number().int().min(1).optional(),
  name: z.string().min(1),
  folder: z.string().min(1),
  interval: duration,
  rules: z.array(alertRuleSchema).min(1),
});

export const ruleFileSchema = z.strictObject({
  apiVersion: z.literal(1),
  groups: z.array(ruleGroupSchema).optional(),
  deleteRules: z.array(z.strictObject({ orgId: z.number().int().optional(), uid: z.string() })).optional(),
});

export type AlertQuery = z.infer<typeof alertQuerySchema>;
export type AlertRule = z.infer<typeof alertRuleSchema>;
export type RuleGroup = z.infer<typeof ruleGroupSchema>;
export type RuleFile = z.infer<typeof ruleFileSchema>;
