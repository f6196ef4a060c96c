/** Which schema validates which provisioning file: by folder, and for alerting by the keys the file uses. */
import type { z } from 'zod';
import { ruleFileSchema } from '../../alerting/schemas/alertRules';
import { notificationFileSchema } from '../../alerting/schemas/notifications';
import { providersFileSchema } from './dashboardProviders';
import { datasourcesFileSchema } from './datasources';

export function provisioningSchema(relativePath: string, content: unknown): z.ZodType {
  const folder = relativePath.split('/')[1];
  if (folder === 'datasources') {
    return datasourcesFileSchema;
  }
  if (folder === 'dashboards') {
    return providersFileSchema;
  }
  if (folder === 'alerting') {
    const keys = typeof content === 'object' && content !== null ? Object.keys(content) : [];
    return keys.some((k) => k === 'groups' || k === 'deleteRules') ? ruleFileSchema : notificationFileSchema;
  }
  throw new Error(`No schema for provisioning folder "${folder}" (${relativePath})`);
}
