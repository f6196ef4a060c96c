/**
 * The only file that imports the Asana SDK (`asana` 3.x): one ApiClient per data source (never the SDK's
 * singleton), raw pages (RETURN_COLLECTION = false) so pagination, retries and caching stay ours, and SDK errors
 * turned into AsanaHttpError so nothing else depends on superagent.
 */
import * as Asana from 'asana';

/** The Asana lists and objects the source reads. */
export type AsanaOperation =
  | 'tasksForProject'
  /** GET /tasks?project=<gid>: the listing that takes modified_since. */
  | 'tasksOfProjectModified'
  | 'storiesForTask'
  | 'sectionsForProject'
  | 'customFieldSettingsForProject'
  | 'tagsForWorkspace'
  | 'workspaces'
  | 'projectsForWorkspace'
  | 'project'
  | 'me';

export interface AsanaCall {
  op: AsanaOperation;
  /** The parent/object gid the operation is about (unused for workspaces and me). */
  gid: string;
  query: AsanaQuery;
}

export interface AsanaQuery {
  limit?: number;
  offset?: string;
  opt_fields?: string;
  completed_since?: string;
  modified_since?: string;
  archived?: boolean;
}

/** A failed Asana call: HTTP status (0 = no response), Retry-After header and Asana's own message. */
export class AsanaHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfter?: string
  ) {
    super(message);
    this.name = 'AsanaHttpError';
  }
}

export interface AsanaClient {
  /** The response body ({ data, next_page? }) of one call. */
  call(call: AsanaCall): Promise<unknown>;
}

export const DEFAULT_ASANA_API_URL = 'https://app.asana.com/api/1.0';

interface SuperagentLikeError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; body?: { errors?: Array<{ message?: string }> } };
}

function toHttpError(err: unknown): AsanaHttpError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as SuperagentLikeError;
  const asanaMessage = e.response?.body?.errors
    ?.map((x) => x.message)
    .filter(Boolean)
    .join('; ');
  return new AsanaHttpError(
    e.status ?? 0,
    asanaMessage || e.message || String(err),
    e.response?.headers?.['retry-after']
  );
}

export function createAsanaClient(options: { token: string; apiUrl?: string; timeoutMs: number }): AsanaClient {
  const api = new Asana.ApiClient();
  api.basePath = (options.apiUrl || DEFAULT_ASANA_API_URL).replace(/\/+$/, '');
  api.authentications.token.accessToken = options.token;
  api.RETURN_COLLECTION = false;
  api.timeout = options.timeoutMs;
  const tasks = new Asana.TasksApi(api);
  const stories = new Asana.StoriesApi(api);
  const sections = new Asana.SectionsApi(api);
  const fieldSettings = new Asana.CustomFieldSettingsApi(api);
  const tags = new Asana.TagsApi(api);
  const workspaces = new Asana.WorkspacesApi(api);
  const projects = new Asana.ProjectsApi(api);
  const users = new Asana.UsersApi(api);
  const run: Record<AsanaOperation, (gid: string, q: AsanaQuery) => Promise<unknown>> = {
    tasksForProject: (gid, q) => tasks.getTasksForProject(gid, q),
    tasksOfProjectModified: (gid, q) => tasks.getTasks({ ...q, project: gid }),
    storiesForTask: (gid, q) => stories.getStoriesForTask(gid, q),
    sectionsForProject: (gid, q) => sections.getSectionsForProject(gid, q),
    customFieldSettingsForProject: (gid, q) => fieldSettings.getCustomFieldSettingsForProject(gid, q),
    tagsForWorkspace: (gid, q) => tags.getTagsForWorkspace(gid, q),
    workspaces: (_gid, q) => workspaces.getWorkspaces(q),
    projectsForWorkspace: (gid, q) => projects.getProjectsForWorkspace(gid, q),
    project: (gid, q) => projects.getProject(gid, q),
    me: (_gid, q) => users.getUser('me', q),
  };
  return {
    async call({ op, gid, query }) {
      try {
        return await run[op](gid, query);
      } catch (err) {
        throw toHttpError(err);
      }
    },
  };
}
