/**
 * The data source's settings as the backend uses them: jsonData parsed and checked, secrets kept apart
 * (they never reach a frame, an error message or a log line).
 */
import { z } from 'zod';

import { BACKFILL_DAYS_RANGE, BUDGET_PERCENT_RANGE, INTERVAL_MINUTES_RANGE } from '../../common/storeDefaults';
import { SECURE_KEYS, type TeamMetricsJsonData, type TeamMetricsSecureJsonData } from '../../common/settings';
import { badRequest } from '../protocol/errors';
import type { DataSourceInstanceSettings } from '../protocol/messages';
import { describeZodError } from './zodMessages';

export interface DataSourceConfig {
  uid: string;
  name: string;
  lastUpdatedMS: number;
  jsonData: TeamMetricsJsonData;
  secrets: TeamMetricsSecureJsonData;
}

const enabled = z.object({ enabled: z.boolean().default(false) }).passthrough();

const jsonDataSchema = z
  .object({
    timezone: z.string().optional(),
    cacheTtlSeconds: z.number().int().min(0).max(86_400).optional(),
    demo: z.object({ enabled: z.boolean().default(false), seed: z.number().int().optional() }).passthrough().optional(),
    github: enabled.optional(),
    asana: enabled.optional(),
    notion: enabled.optional(),
    ga4: enabled.optional(),
    hubspot: enabled.optional(),
    manualValues: z
      .array(z.object({ metricId: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), value: z.number(), team: z.string().optional() }))
      .optional(),
    targets: z
      .record(
        z.string(),
        z.object({ target: z.number().optional(), period: z.string().optional(), owner: z.string().optional(), alertThreshold: z.number().optional() })
      )
      .optional(),
    engine: z
      .object({
        tierPreset: z.enum(['2021', '2023', '2024']).optional(),
        featureReleaseDefinition: z.enum(['releases', 'tags', 'merged_prs_default_branch', 'production_deployments']).optional(),
        scopedStatus: z.string().optional(),
        incidentLinking: z.enum(['explicit_only', 'last_deployment_before']).optional(),
      })
      .optional(),
    store: z
      .object({
        mode: z.enum(['embedded', 'postgres', 'off']).optional(),
        path: z.string().optional(),
        backfillDays: z.number().int().min(BACKFILL_DAYS_RANGE.min).max(BACKFILL_DAYS_RANGE.max).optional(),
        intervalMinutes: z
          .partialRecord(z.enum(['github', 'asana', 'notion', 'ga4', 'hubspot']), z.number().int().min(INTERVAL_MINUTES_RANGE.min).max(INTERVAL_MINUTES_RANGE.max))
          .optional(),
        githubBudgetPercent: z.number().int().min(BUDGET_PERCENT_RANGE.min).max(BUDGET_PERCENT_RANGE.max).optional(),
      })
      .optional(),
  })
  .passthrough();

function parseJsonData(bytes: Buffer): TeamMetricsJsonData {
  const text = bytes.toString('utf8').trim();
  if (text === '') {
    return {};
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw badRequest('The data source settings (jsonData) are not valid JSON. Open the data source page and save it again.');
  }
  const parsed = jsonDataSchema.safeParse(raw);
  if (!parsed.success) {
    throw badRequest(`The data source settings are invalid: ${describeZodError(parsed.error)}. Fix them on the data source page.`);
  }
  return parsed.data as TeamMetricsJsonData;
}

export function toDataSourceConfig(settings: DataSourceInstanceSettings): DataSourceConfig {
  const secrets: TeamMetricsSecureJsonData = {};
  for (const key of SECURE_KEYS) {
    const value = settings.decryptedSecureJsonData?.[key];
    if (value) {
      secrets[key] = value;
    }
  }
  return {
    uid: settings.uid,
    name: settings.name,
    lastUpdatedMS: settings.lastUpdatedMS,
    jsonData: parseJsonData(settings.jsonData ?? Buffer.alloc(0)),
    secrets,
  };
}
