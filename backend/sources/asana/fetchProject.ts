/** One configured project: its tasks alive in the window, their stories' history, mapped to work items. */
import type { IncidentRecord, WorkItemRecord } from '../../../common/records';
import type { AsanaSettings } from '../../../common/settings';
import { mapLimit } from '../_lib/mapLimit';
import { matchesRule, stateFieldsOf, workTypeOf, type MetricProject } from './metricRules';
import { getOne, listAll } from './paginate';
import type { AsanaRequester, CallContext } from './requester';
import {
  fieldSettingSchema,
  projectSchema,
  STORY_FIELDS,
  storySchema,
  TASK_FIELDS,
  taskSchema,
  type AsanaProject,
  type AsanaTask,
} from './schemas';
import { sprintId } from './sprints';
import { toStatusHistory } from './statusHistory';
import { toIncident } from './toIncident';
import { sectionOf, toWorkItem } from './toWorkItem';

const STORY_CONCURRENCY = 8;
export const INCIDENTS_METRIC = 'incidents_mtd';
const DAY_MS = 86_400_000;

export interface ProjectRecords {
  projectName: string;
  items: WorkItemRecord[];
  /** Tasks of the incidents_mtd project, as incidents (not work items). */
  incidents: IncidentRecord[];
  /** Candidate sprint names (sections or enum options) when this is the sprint project. */
  sprintNames: string[];
  /** Every task listed, whether or not it became a record. */
  taskGids: string[];
}

/** How a sync narrows the listing: only tasks modified since then; the project when already read. */
export interface ProjectListing {
  modifiedSince?: string;
  project?: AsanaProject;
}

export const PROJECT_FIELDS = 'name,permalink_url';

/** completed_since of a window: its first UTC day (tasks still open, or completed since then). */
export const completedSinceOf = (from: number) => new Date(Math.floor(from / DAY_MS) * DAY_MS).toISOString();

export const projectLabel = (name: string | undefined, gid: string) =>
  name ? `project "${name}" (${gid})` : `project ${gid}`;

function sprintNameOf(task: AsanaTask, gid: string, settings: AsanaSettings): string | undefined {
  if (settings.sprintSource === 'custom_field') {
    const field = (task.custom_fields ?? []).find(
      (f) =>
        f.gid === settings.sprintField || (f.name ?? '').toLowerCase() === (settings.sprintField ?? '').toLowerCase()
    );
    return field?.enum_value?.name ?? field?.display_value ?? undefined;
  }
  return settings.sprintSource === 'section' ? sectionOf(task, gid) : undefined;
}

async function listSprintNames(
  requester: AsanaRequester,
  gid: string,
  settings: AsanaSettings,
  ctx: CallContext
): Promise<string[]> {
  if (settings.sprintSource === 'section') {
    const sections = await listAll(
      requester,
      { op: 'sectionsForProject', gid, query: { opt_fields: 'name' } },
      projectSchema,
      ctx
    );
    return sections.map((s) => s.name ?? '');
  }
  if (settings.sprintSource === 'custom_field' && settings.sprintField) {
    const fields = await listAll(
      requester,
      {
        op: 'customFieldSettingsForProject',
        gid,
        query: { opt_fields: 'custom_field.name,custom_field.enum_options.name' },
      },
      fieldSettingSchema,
      ctx
    );
    const wanted = settings.sprintField.toLowerCase();
    const field = fields.find(
      (f) => f.custom_field.gid === settings.sprintField || (f.custom_field.name ?? '').toLowerCase() === wanted
    );
    return (field?.custom_field.enum_options ?? []).map((o) => o.name ?? '');
  }
  return [];
}

export async function fetchProject(
  requester: AsanaRequester,
  gid: string,
  metrics: ReadonlyArray<{ metricId: string; rule: MetricProject }>,
  settings: AsanaSettings,
  window: { from: number },
  ctx: CallContext,
  listing: ProjectListing = {}
): Promise<ProjectRecords> {
  const project =
    listing.project ??
    (await getOne(requester, { op: 'project', gid, query: { opt_fields: PROJECT_FIELDS } }, projectSchema, ctx));
  const since = completedSinceOf(window.from);
  const { modifiedSince } = listing;
  const tasks = await listAll(
    requester,
    modifiedSince
      ? {
          op: 'tasksOfProjectModified',
          gid,
          query: { opt_fields: TASK_FIELDS, completed_since: since, modified_since: modifiedSince },
        }
      : { op: 'tasksForProject', gid, query: { opt_fields: TASK_FIELDS, completed_since: since } },
    taskSchema,
    ctx
  );
  const stateFields = stateFieldsOf(settings);
  const histories = await mapLimit(tasks, STORY_CONCURRENCY, async (task) =>
    toStatusHistory(
      await listAll(
        requester,
        { op: 'storiesForTask', gid: task.gid, query: { opt_fields: STORY_FIELDS } },
        storySchema,
        ctx
      ),
      stateFields
    )
  );
  const isSprintProject = metrics.some((m) => m.metricId === 'sprint_velocity');
  const items: WorkItemRecord[] = [];
  const incidents: IncidentRecord[] = [];
  tasks.forEach((task, i) => {
    const entered = histories[i].statusHistory.map((c) => c.to);
    const metric = metrics.find((m) => matchesRule(task, m.rule, entered));
    if (!metric) {
      return;
    }
    if (metric.metricId === INCIDENTS_METRIC) {
      incidents.push(toIncident(task, project.name ?? gid));
      return;
    }
    const sprintName = isSprintProject ? sprintNameOf(task, gid, settings) : undefined;
    items.push(
      toWorkItem(task, histories[i], {
        projectGid: gid,
        projectName: project.name ?? gid,
        type: workTypeOf(metric.metricId),
        pointsField: settings.pointsField,
        ...(sprintName ? { sprint: sprintId(sprintName) } : {}),
      })
    );
  });
  const sprintNames = isSprintProject ? await listSprintNames(requester, gid, settings, ctx) : [];
  return { projectName: project.name ?? gid, items, incidents, sprintNames, taskGids: tasks.map((t) => t.gid) };
}
