/** provisioning/dashboards provider files (Grafana docs: Administration → Provisioning → Dashboards, apiVersion 1). */
import { z } from 'zod';

export const providerSchema = z
  .strictObject({
    name: z.string().min(1),
    orgId: z.number().int().min(1).optional(),
    folder: z.string().optional(),
    folderUid: z.string().optional(),
    type: z.literal('file'),
    disableDeletion: z.boolean().optional(),
    updateIntervalSeconds: z.number().int().min(10).optional(),
    allowUiUpdates: z.boolean().optional(),
    options: z.strictObject({ path: z.string().min(1), foldersFromFilesStructure: z.boolean().optional() }),
  })
  .refine(
    (p) => !p.options.foldersFromFilesStructure || (!p.folder && !p.folderUid),
    'foldersFromFilesStructure needs folder and folderUid empty'
  );

export const providersFileSchema = z.strictObject({
  apiVersion: z.literal(1),
  providers: z.array(providerSchema).min(1),
});

export type ProvidersFile = z.infer<typeof providersFileSchema>;
