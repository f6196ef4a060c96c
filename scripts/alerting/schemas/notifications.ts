/**
 * provisioning/alerting contact points, notification policies and templates (Grafana file provisioning:
 * contactPoints/deleteContactPoints, policies/resetPolicies, templates/deleteTemplates, muteTimes).
 */
import { z } from 'zod';

const duration = z.string().regex(/^(\d+(ms|s|m|h|d|w|y))+$/);

export const receiverSchema = z.strictObject({
  uid: z.string().min(1).max(40),
  type: z.enum(['email', 'slack', 'pagerduty', 'webhook', 'teams', 'opsgenie', 'discord', 'googlechat', 'telegram']),
  settings: z.record(z.string(), z.unknown()),
  disableResolveMessage: z.boolean().optional(),
});

export const contactPointSchema = z.strictObject({
  orgId: z.number().int().min(1).optional(),
  name: z.string().min(1),
  receivers: z.array(receiverSchema).min(1),
});

const matcher = z.tuple([z.string().min(1), z.enum(['=', '!=', '=~', '!~']), z.string()]);

export interface Route {
  receiver?: string;
  group_by?: string[];
  matchers?: string[];
  object_matchers?: Array<[string, '=' | '!=' | '=~' | '!~', string]>;
  mute_time_intervals?: string[];
  active_time_intervals?: string[];
  continue?: boolean;
  group_wait?: string;
  group_interval?: string;
  repeat_interval?: string;
  routes?: Route[];
}

export const routeSchema: z.ZodType<Route> = z.lazy(() =>
  z.strictObject({
    receiver: z.string().optional(),
    group_by: z.array(z.string()).optional(),
    matchers: z.array(z.string()).optional(),
    object_matchers: z.array(matcher).optional(),
    mute_time_intervals: z.array(z.string()).optional(),
    active_time_intervals: z.array(z.string()).optional(),
    continue: z.boolean().optional(),
    group_wait: duration.optional(),
    group_interval: duration.optional(),
    repeat_interval: duration.optional(),
    routes: z.array(routeSchema).optional(),
  })
);

export const templateSchema = z.strictObject({
  orgId: z.number().int().min(1).optional(),
  name: z.string().min(1),
  template: z.string().min(1),
});

export const notificationFileSchema = z.strictObject({
  apiVersion: z.literal(1),
  contactPoints: z.array(contactPointSchema).optional(),
  deleteContactPoints: z.array(z.strictObject({ orgId: z.number().int().optional(), uid: z.string() })).optional(),
  policies: z
    .array(
      z.strictObject({
        orgId: z.number().int().min(1).optional(),
        receiver: z.string().min(1),
        group_by: z.array(z.string()).optional(),
        group_wait: duration.optional(),
        group_interval: duration.optional(),
        repeat_interval: duration.optional(),
        routes: z.array(routeSchema).optional(),
      })
    )
    .optional(),
  resetPolicies: z.array(z.number().int()).optional(),
  templates: z.array(templateSchema).optional(),
  deleteTemplates: z.array(z.strictObject({ orgId: z.number().int().optional(), name: z.string() })).optional(),
});

export type ContactPoint = z.infer<typeof contactPointSchema>;
export type Template = z.infer<typeof templateSchema>;
export type NotificationFile = z.infer<typeof notificationFileSchema>;
