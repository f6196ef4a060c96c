/** Save & test for Asana: the token, then every configured project and what its rule refers to. */
import type { AsanaSettings } from '../../../common/settings';
import type { SourceHealth } from '../types';
import { toAsanaError } from './errors';
import { namedSchema, fieldSettingSchema } from './schemas';
import { projectsOf, splitFieldValue } from './metricRules';
import { getOne, listAll } from './paginate';
import type { AsanaRequester, CallContext } from './requester';

const same = (a: string | null | undefined, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

async function checkProject(
  requester: AsanaRequester,
  gid: string,
  metrics: ReturnType<typeof projectsOf> extends Map<string, infer V> ? V : never,
  settings: AsanaSettings,
  ctx: CallContext
): Promise<string[]> {
  const used = metrics.map((m) => m.metricId).join(', ');
  let name: string;
  try {
    name =
      (await getOne(requester, { op: 'project', gid, query: { opt_fields: 'name' } }, namedSchema, ctx)).name ?? gid;
  } catch (err) {
    return [toAsanaError(err, `project ${gid} (used by ${used})`).message];
  }
  const problems: string[] = [];
  const label = `project "${name}" (${gid})`;
  const needsSections =
    metrics.some((m) => m.rule.rule === 'section') ||
    (settings.sprintSource === 'section' && metrics.some((m) => m.metricId === 'sprint_velocity'));
  const needsFields = metrics.some((m) => m.rule.rule === 'custom_field' || m.metricId === 'sprint_velocity');
  const sections = needsSections
    ? await listAll(requester, { op: 'sectionsForProject', gid, query: { opt_fields: 'name' } }, namedSchema, ctx)
    : [];
  const fields = needsFields
    ? (
        await listAll(
          requester,
          {
            op: 'customFieldSettingsForProject',
            gid,
            query: { opt_fields: 'custom_field.name,custom_field.enum_options.name' },
          },
          fieldSettingSchema,
          ctx
        )
      ).map((s) => s.custom_field)
    : [];
  for (const { metricId, rule } of metrics) {
    if (rule.rule === 'section' && !sections.some((s) => same(s.name, rule.value ?? ''))) {
      problems.push(
        `${label} has no section "${rule.value ?? ''}" (${metricId}); sections: ${sections.map((s) => s.name).join(', ') || 'none'}`
      );
    }
    if (rule.rule === 'custom_field') {
      const { field, option } = splitFieldValue(rule.value ?? '');
      const matching = fields.filter((f) => field === undefined || same(f.name, field));
      if (matching.length === 0) {
        problems.push(`${label} has no custom field "${field ?? ''}" (${metricId})`);
      } else if (!matching.some((f) => (f.enum_options ?? []).some((o) => same(o.name, option)))) {
        problems.push(`${label}: no custom field option "${option}" (${metricId})`);
      }
    }
    if (
      metricId === 'sprint_velocity' &&
      settings.pointsField &&
      !fields.some((f) => f.gid === settings.pointsField || same(f.name, settings.pointsField ?? ''))
    ) {
      problems.push(`${label} has no story points field "${settings.pointsField}"`);
    }
  }
  return problems;
}

export async function checkAsanaHealth(
  requester: AsanaRequester,
  settings: AsanaSettings,
  ctx: CallContext
): Promise<SourceHealth> {
  let me: string;
  try {
    me =
      (await getOne(requester, { op: 'me', gid: 'me', query: { opt_fields: 'name' } }, namedSchema, ctx)).name ??
      'unknown user';
  } catch (err) {
    return { status: 'error', message: `Asana: ${toAsanaError(err, 'the current user').message}` };
  }
  const projects = [...projectsOf(settings)];
  if (projects.length === 0) {
    return {
      status: 'error',
      message: `Asana: connected as ${me}, but no project is configured for any metric. Pick a project per metric in the Asana section.`,
    };
  }
  const problems = (
    await Promise.all(projects.map(([gid, metrics]) => checkProject(requester, gid, metrics, settings, ctx)))
  ).flat();
  return problems.length > 0
    ? { status: 'error', message: `Asana: ${problems.join('; ')}` }
    : { status: 'ok', message: `Asana: connected as ${me}; ${projects.length} project(s) checked` };
}
