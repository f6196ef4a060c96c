/**
 * A project's name and section names. Renaming a section changes the status (and maybe the sprint) of every task
 * in it without modifying those tasks, so a sync re-reads a project whose layout changed in full.
 */
import { PROJECT_FIELDS } from './fetchProject';
import { getOne, listAll } from './paginate';
import type { AsanaRequester, CallContext } from './requester';
import { projectSchema, type AsanaProject } from './schemas';

export interface ProjectLayout {
  project: AsanaProject;
  /** Comparable text of the name and the section names, in order. */
  layout: string;
}

export async function readProjectLayout(
  requester: AsanaRequester,
  gid: string,
  ctx: CallContext
): Promise<ProjectLayout> {
  const project = await getOne(
    requester,
    { op: 'project', gid, query: { opt_fields: PROJECT_FIELDS } },
    projectSchema,
    ctx
  );
  const sections = await listAll(
    requester,
    { op: 'sectionsForProject', gid, query: { opt_fields: 'name' } },
    projectSchema,
    ctx
  );
  return { project, layout: JSON.stringify([project.name ?? gid, ...sections.map((s) => s.name ?? '')]) };
}
