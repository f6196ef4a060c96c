/** provisioning/datasources files (Grafana docs: Administration → Provisioning → Data sources, apiVersion 1). */
import { z } from 'zod';

export const datasourceSchema = z.strictObject({
  name: z.string().min(1),
  type: z.string().min(1),
  uid: z.string().min(1).max(40).optional(),
  access: z.enum(['proxy', 'direct']).optional(),
  orgId: z.number().int().min(1).optional(),
  url: z.string().optional(),
  user: z.string().optional(),
  database: z.string().optional(),
  basicAuth: z.boolean().optional(),
  basicAuthUser: z.string().optional(),
  withCredentials: z.boolean().optional(),
  isDefault: z.boolean().optional(),
  jsonData: z.record(z.string(), z.unknown()).optional(),
  secureJsonData: z.record(z.string(), z.string()).optional(),
  version: z.number().int().optional(),
  editable: z.boolean().optional(),
});

export const datasourcesFileSchema = z.strictObject({
  apiVersion: z.literal(1),
  datasources: z.array(datasourceSchema).optional(),
  deleteDatasources: z.array(z.strictObject({ name: z.string(), orgId: z.number().int().optional() })).optional(),
  prune: z.boolean().optional(),
});
