/** The parts of Asana's payloads the source reads, checked at runtime (extra fields pass through). */
import { z } from 'zod';

const named = z.object({ gid: z.string(), name: z.string().nullish() });

export const customFieldSchema = z.object({
  gid: z.string(),
  name: z.string().nullish(),
  type: z.string().nullish(),
  resource_subtype: z.string().nullish(),
  display_value: z.string().nullish(),
  number_value: z.number().nullish(),
  text_value: z.string().nullish(),
  enum_value: named.nullish(),
  enum_options: z.array(named.extend({ enabled: z.boolean().nullish() })).nullish(),
});

export const taskSchema = z.object({
  gid: z.string(),
  name: z.string().nullish(),
  created_at: z.string(),
  completed: z.boolean().nullish(),
  completed_at: z.string().nullish(),
  permalink_url: z.string().nullish(),
  assignee: named.nullish(),
  tags: z.array(named).nullish(),
  memberships: z.array(z.object({ project: named.nullish(), section: named.nullish() })).nullish(),
  custom_fields: z.array(customFieldSchema).nullish(),
});

export const storySchema = z.object({
  gid: z.string(),
  created_at: z.string(),
  resource_subtype: z.string().nullish(),
  new_section: named.nullish(),
  old_section: named.nullish(),
  custom_field: named.nullish(),
  new_enum_value: named.nullish(),
  old_enum_value: named.nullish(),
});

export const projectSchema = named.extend({ permalink_url: z.string().nullish(), archived: z.boolean().nullish() });
export const fieldSettingSchema = z.object({ gid: z.string(), custom_field: customFieldSchema });

export const pageSchema = z.object({
  data: z.array(z.unknown()),
  next_page: z.object({ offset: z.string() }).nullish(),
});
export const singleSchema = z.object({ data: z.unknown() });

export type AsanaTask = z.infer<typeof taskSchema>;
export type AsanaStory = z.infer<typeof storySchema>;
export type AsanaProject = z.infer<typeof projectSchema>;
export type AsanaCustomField = z.infer<typeof customFieldSchema>;
export type AsanaNamed = z.infer<typeof named>;
export const namedSchema = named;

/** Task fields asked for with opt_fields. */
export const TASK_FIELDS = [
  'name',
  'created_at',
  'completed',
  'completed_at',
  'permalink_url',
  'assignee.name',
  'tags.name',
  'memberships.project.name',
  'memberships.section.name',
  'custom_fields.name',
  'custom_fields.type',
  'custom_fields.resource_subtype',
  'custom_fields.display_value',
  'custom_fields.number_value',
  'custom_fields.text_value',
  'custom_fields.enum_value.name',
].join(',');

export const STORY_FIELDS = [
  'created_at',
  'resource_subtype',
  'new_section.name',
  'old_section.name',
  'custom_field.name',
  'new_enum_value.name',
  'old_enum_value.name',
].join(',');
