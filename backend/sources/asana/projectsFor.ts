/** The configured projects a read of some record kinds needs (fetch and sync alike). */
import type { RecordKind } from '../../../common/records';
import type { AsanaSettings } from '../../../common/settings';
import { badRequest } from '../../protocol/errors';
import { INCIDENTS_METRIC } from './fetchProject';
import { projectsOf, type MetricProject } from './metricRules';

export type ConfiguredProject = [gid: string, metrics: Array<{ metricId: string; rule: MetricProject }>];

/** Throws when no project is configured at all; sprints alone (sprint buckets) need only the sprint project. */
export function projectsFor(
  settings: AsanaSettings,
  kinds: readonly RecordKind[],
  provides: readonly RecordKind[]
): ConfiguredProject[] {
  const configured = [...projectsOf(settings)];
  if (configured.length === 0) {
    throw badRequest('Asana: no project is configured for any metric. Pick a project per metric in the Asana section.');
  }
  if (kinds.includes('workItems')) {
    return configured;
  }
  const sprintGid = settings.metricProjects?.sprint_velocity?.projectGid;
  const incidentsGid = settings.metricProjects?.[INCIDENTS_METRIC]?.projectGid;
  return configured.filter(
    ([gid]) =>
      (gid === sprintGid && kinds.includes('sprints') && provides.includes('sprints')) ||
      (gid === incidentsGid && kinds.includes('incidents'))
  );
}
