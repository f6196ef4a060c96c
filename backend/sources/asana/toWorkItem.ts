/** An Asana task (with its stories' history) as a normalized work item. */
import type { WorkItemRecord, WorkItemType } from '../../../common/records';
import type { AsanaCustomField, AsanaTask } from './schemas';
import { COMPLETED_STATUS, type TaskHistory } from './statusHistory';

export interface TaskContext {
  projectGid: string;
  projectName: string;
  type: WorkItemType;
  /** Custom field (name or gid) holding story points. */
  pointsField?: string;
  /** Sprint id of the task, when sprints are configured. */
  sprint?: string;
}

const same = (a: string | null | undefined, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

function fieldValue(field: AsanaCustomField): string | number | boolean | null {
  if (typeof field.number_value === 'number') {
    return field.number_value;
  }
  return field.display_value ?? field.text_value ?? field.enum_value?.name ?? null;
}

export function pointsOf(task: AsanaTask, pointsField: string | undefined): number | undefined {
  if (!pointsField) {
    return undefined;
  }
  const field = (task.custom_fields ?? []).find((f) => f.gid === pointsField || same(f.name, pointsField));
  const value = field?.number_value ?? (field?.display_value ? Number(field.display_value) : undefined);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function sectionOf(task: AsanaTask, projectGid: string): string | undefined {
  return (task.memberships ?? []).find((m) => m.project?.gid === projectGid)?.section?.name ?? undefined;
}

export function toWorkItem(task: AsanaTask, history: TaskHistory, ctx: TaskContext): WorkItemRecord {
  const completedAt = task.completed && task.completed_at ? Date.parse(task.completed_at) : undefined;
  const customFields: WorkItemRecord['customFields'] = {};
  for (const field of task.custom_fields ?? []) {
    if (field.name) {
      customFields[field.name] = fieldValue(field);
    }
  }
  const points = pointsOf(task, ctx.pointsField);
  return {
    id: `asana:${task.gid}`,
    source: 'asana',
    tracker: 'asana',
    project: ctx.projectName,
    title: task.name ?? '',
    type: ctx.type,
    status: sectionOf(task, ctx.projectGid) ?? (completedAt !== undefined ? COMPLETED_STATUS : 'Open'),
    statusHistory: history.statusHistory,
    ...(points !== undefined ? { points } : {}),
    ...(ctx.sprint !== undefined ? { sprint: ctx.sprint, sprintHistory: [ctx.sprint] } : {}),
    ...(task.assignee?.name ? { assignee: task.assignee.name } : {}),
    createdAt: Date.parse(task.created_at),
    ...(completedAt !== undefined ? { completedAt } : {}),
    ...(history.reopenedAt.length > 0 ? { reopenedAt: history.reopenedAt } : {}),
    tags: (task.tags ?? []).map((t) => t.name ?? '').filter((t) => t !== ''),
    customFields,
    ...(task.permalink_url ? { link: task.permalink_url } : {}),
  };
}
