/**
 * Which tasks of a configured project belong to a metric, and the work item type that metric reads. The rule
 * only selects items; when and how they count is the engine's business.
 */
import type { WorkItemType } from '../../../common/records';
import type { AsanaSettings } from '../../../common/settings';
import type { AsanaTask } from './schemas';

export type MetricProject = NonNullable<AsanaSettings['metricProjects']>[string];

/** Metric id → the type its work items get. Order = priority when a task matches several metrics. */
export const METRIC_WORK_TYPES: ReadonlyArray<[string, WorkItemType]> = [
  ['features_fully_scoped', 'feature'],
  ['bizsup_completed', 'bizsup'],
  ['prds_generated', 'prd'],
  ['fsds_generated', 'fsd'],
  ['tech_debt_open', 'tech_debt'],
  ['bug_count_open', 'bug'],
  ['sprint_velocity', 'story'],
];

export function workTypeOf(metricId: string): WorkItemType {
  return METRIC_WORK_TYPES.find(([id]) => id === metricId)?.[1] ?? 'task';
}

const same = (a: string | null | undefined, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

/** "Field=Option" → { field, option }; a bare "Option" matches any field. */
export function splitFieldValue(value: string): { field?: string; option: string } {
  const at = value.indexOf('=');
  return at < 0 ? { option: value } : { field: value.slice(0, at), option: value.slice(at + 1) };
}

/**
 * Whether a task counts for a metric under its rule: `completed` = every task of the project; `section` = in
 * that section now or at any time (sectionsEntered); `custom_field` = "Field=Option" (or "Option") set now;
 * `tag` = carries the tag.
 */
export function matchesRule(task: AsanaTask, rule: MetricProject, sectionsEntered: readonly string[]): boolean {
  const value = rule.value ?? '';
  switch (rule.rule) {
    case 'completed':
      return true;
    case 'section':
      return (
        (task.memberships ?? []).some((m) => m.project?.gid === rule.projectGid && same(m.section?.name, value)) ||
        sectionsEntered.some((s) => same(s, value))
      );
    case 'custom_field': {
      const { field, option } = splitFieldValue(value);
      return (task.custom_fields ?? []).some(
        (f) => (field === undefined || same(f.name, field)) && same(f.display_value ?? f.enum_value?.name, option)
      );
    }
    case 'tag':
      return (task.tags ?? []).some((t) => same(t.name, value));
  }
}

/** The metrics configured on one project, grouped, in priority order. */
export function projectsOf(settings: AsanaSettings): Map<string, Array<{ metricId: string; rule: MetricProject }>> {
  const byProject = new Map<string, Array<{ metricId: string; rule: MetricProject }>>();
  const entries = Object.entries(settings.metricProjects ?? {}).filter(([, r]) => r.projectGid);
  const rank = (id: string) => {
    const i = METRIC_WORK_TYPES.findIndex(([m]) => m === id);
    return i < 0 ? METRIC_WORK_TYPES.length : i;
  };
  entries.sort(([a], [b]) => rank(a) - rank(b));
  for (const [metricId, rule] of entries) {
    byProject.set(rule.projectGid, [...(byProject.get(rule.projectGid) ?? []), { metricId, rule }]);
  }
  return byProject;
}

/** Custom fields whose enum changes are status changes: those named by custom_field rules ("Field=Option"). */
export function stateFieldsOf(settings: AsanaSettings): string[] {
  return Object.values(settings.metricProjects ?? {})
    .filter((r) => r.rule === 'custom_field' && r.value)
    .map((r) => splitFieldValue(r.value ?? '').field)
    .filter((f): f is string => f !== undefined)
    .map((f) => f.trim().toLowerCase());
}
