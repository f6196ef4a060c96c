/** What every step of an Asana sync runs with: the requester, the settings, and fresh (uncached) calls. */
import type { RecordKind, RecordSet } from '../../../common/records';
import type { AsanaSettings } from '../../../common/settings';
import type { SourceContext } from '../types';
import { toAsanaError } from './errors';
import type { ProjectRecords } from './fetchProject';
import type { AsanaRequester, CallContext } from './requester';
import { toSprints } from './sprints';

/** How long one batch may wait out Asana's rate limit; the run's signal may stop it sooner. */
const BATCH_WAIT_MS = 5 * 60_000;

export interface AsanaSyncDeps {
  requester: AsanaRequester;
  settings: AsanaSettings;
  /** The kinds the settings provide (sprints and incidents only when configured). */
  provides: readonly RecordKind[];
  timeZone: string;
  /** The requester's clock (waits and deadlines). */
  clock: () => number;
}

export const freshContext = (deps: AsanaSyncDeps, source: SourceContext): CallContext => ({
  source,
  deadline: deps.clock() + BATCH_WAIT_MS,
  fresh: true,
});

/** Runs one project's step; a failure becomes a QueryError naming the project, a cancellation stays one. */
export async function guarded<T>(source: SourceContext, gid: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    if (source.signal.aborted) {
      throw err;
    }
    throw toAsanaError(err, `project ${gid}`);
  }
}

export const sprintGidOf = (settings: AsanaSettings) => settings.metricProjects?.sprint_velocity?.projectGid;

/** The records fetch gives for one project's read, for the kinds kept. */
export function recordsOfProject(
  deps: AsanaSyncDeps,
  kinds: readonly RecordKind[],
  gid: string,
  read: ProjectRecords
): RecordSet {
  const records: RecordSet = {};
  if (kinds.includes('workItems')) {
    records.workItems = read.items;
  }
  if (kinds.includes('incidents')) {
    records.incidents = read.incidents;
  }
  if (kinds.includes('sprints') && gid === sprintGidOf(deps.settings)) {
    records.sprints = toSprints(read.sprintNames, read.projectName, read.items, deps.timeZone);
  }
  return records;
}
