/**
 * A mutable Asana for the sync tests, answering through asanaHandlers' override: it starts as
 * testdata/asana-double.json and lists tasks like Asana does (completed_since, modified_since on GET /tasks
 * ?project=, opt_fields=gid giving compact tasks, offset pages of `limit`), so a test can edit, add and delete
 * tasks between runs. Every answer is still checked against Asana's OpenAPI by the handler; query parameters the
 * spec does not document for the operation get a 400.
 */
import { ASANA_ROUTES, type DoubleRoute } from './asanaDouble';
import { asanaQueryParameters } from './asanaOpenApi';

export interface WorldTask {
  gid: string;
  completed?: boolean;
  completed_at?: string | null;
  [field: string]: unknown;
}

const TASK_LIST = /^GET \/projects\/(\w+)\/tasks(\?offset=.*)?$/;
const STORIES = /^GET \/tasks\/(\w+)\/stories$/;
const SECTIONS = /^GET \/projects\/(\w+)\/sections$/;
const data = (route: DoubleRoute) => (route.body as { data: unknown[] }).data;
const error = (status: number, message: string): DoubleRoute => ({ status, body: { errors: [{ message }] } });

export class AsanaWorld {
  readonly tasks = new Map<string, WorldTask>();
  readonly projectTasks = new Map<string, string[]>();
  readonly stories = new Map<string, unknown[]>();
  readonly sections = new Map<string, Array<{ gid: string; resource_type: string; name: string }>>();
  readonly modifiedAt = new Map<string, number>();
  /** Task listings asked for: path and query, e.g. "/tasks?project=1001&modified_since=…". */
  readonly listings: string[] = [];
  /** Gids of the tasks each modified_since listing returned. */
  readonly modifiedReturned: string[] = [];
  pageSize = 100;

  constructor(modifiedAt: number) {
    for (const [key, route] of Object.entries(ASANA_ROUTES)) {
      const list = TASK_LIST.exec(key);
      const stories = STORIES.exec(key);
      const sections = SECTIONS.exec(key);
      if (list) {
        for (const task of data(route) as WorldTask[]) {
          this.tasks.set(task.gid, structuredClone(task));
          this.modifiedAt.set(task.gid, modifiedAt);
          this.projectTasks.set(list[1], [...(this.projectTasks.get(list[1]) ?? []), task.gid]);
        }
      } else if (stories) {
        this.stories.set(stories[1], structuredClone(data(route)));
      } else if (sections) {
        this.sections.set(
          sections[1],
          structuredClone(data(route)) as Array<{ gid: string; resource_type: string; name: string }>
        );
      }
    }
  }

  editTask(gid: string, patch: Partial<WorldTask>, at: number): void {
    this.tasks.set(gid, { ...this.task(gid), ...patch });
    this.modifiedAt.set(gid, at);
  }

  /** Adding a story modifies its task, as in Asana. */
  addStory(
    gid: string,
    story: { gid: string; created_at: string; resource_subtype: string; [k: string]: unknown },
    at: number
  ): void {
    this.stories.set(gid, [...(this.stories.get(gid) ?? []), { resource_type: 'story', type: 'system', ...story }]);
    this.modifiedAt.set(gid, at);
  }

  addTask(projectGid: string, task: WorldTask, at: number): void {
    this.tasks.set(task.gid, task);
    this.modifiedAt.set(task.gid, at);
    this.projectTasks.set(projectGid, [...(this.projectTasks.get(projectGid) ?? []), task.gid]);
    this.stories.set(task.gid, []);
  }

  /** Deleted tasks vanish from every listing; modified_since does not return them. */
  deleteTask(gid: string): void {
    this.tasks.delete(gid);
    for (const [project, gids] of this.projectTasks) {
      this.projectTasks.set(
        project,
        gids.filter((g) => g !== gid)
      );
    }
  }

  /** A section rename shows in its tasks' memberships but modifies no task. */
  renameSection(projectGid: string, sectionGid: string, name: string): void {
    this.sections.set(
      projectGid,
      (this.sections.get(projectGid) ?? []).map((s) => (s.gid === sectionGid ? { ...s, name } : s))
    );
    for (const task of this.tasks.values()) {
      const memberships = task.memberships as Array<{ section?: { gid: string; name: string } }> | undefined;
      memberships?.forEach((m) => {
        if (m.section?.gid === sectionGid) {
          m.section = { ...m.section, name };
        }
      });
    }
  }

  route(_key: string, url: URL): DoubleRoute | undefined {
    const path = url.pathname.replace(/^\/api\/1\.0/, '');
    const undocumented = [...url.searchParams.keys()].filter((k) => !asanaQueryParameters('GET', path).includes(k));
    if (undocumented.length > 0) {
      return error(400, `undocumented query parameter(s) ${undocumented.join(', ')} for GET ${path}`);
    }
    const project =
      /^\/projects\/(\w+)\/tasks$/.exec(path)?.[1] ?? (path === '/tasks' ? url.searchParams.get('project') : null);
    if (project) {
      return this.listing(project, url);
    }
    const stories = /^\/tasks\/(\w+)\/stories$/.exec(path)?.[1];
    if (stories) {
      return this.tasks.has(stories)
        ? { status: 200, body: { data: this.stories.get(stories) ?? [], next_page: null } }
        : error(404, 'task not found');
    }
    const sections = /^\/projects\/(\w+)\/sections$/.exec(path)?.[1];
    if (sections) {
      return { status: 200, body: { data: this.sections.get(sections) ?? [], next_page: null } };
    }
    return undefined;
  }

  private task(gid: string): WorldTask {
    const task = this.tasks.get(gid);
    if (!task) {
      throw new Error(`the world has no task ${gid}`);
    }
    return task;
  }

  private listing(project: string, url: URL): DoubleRoute {
    const params = url.searchParams;
    this.listings.push(`${url.pathname.replace(/^\/api\/1\.0/, '')}?${params.toString()}`);
    const completedSince = Date.parse(params.get('completed_since') ?? '');
    const modifiedSince = Date.parse(params.get('modified_since') ?? '');
    const matching = (this.projectTasks.get(project) ?? [])
      .map((gid) => this.task(gid))
      .filter((t) => !t.completed || !(Date.parse(t.completed_at ?? '') < completedSince))
      .filter((t) => !((this.modifiedAt.get(t.gid) ?? 0) < modifiedSince));
    if (params.has('modified_since')) {
      this.modifiedReturned.push(...matching.map((t) => t.gid));
    }
    const start = Number(params.get('offset')?.replace(/^o/, '') ?? 0);
    const size = Math.min(Number(params.get('limit') ?? 20), this.pageSize);
    const page = matching.slice(start, start + size);
    const more = start + size < matching.length;
    const offset = `o${start + size}`;
    return {
      status: 200,
      body: {
        data: params.get('opt_fields') === 'gid' ? page.map((t) => ({ gid: t.gid, resource_type: 'task' })) : page,
        next_page: more
          ? {
              offset,
              path: `${url.pathname}?limit=${size}&offset=${offset}`,
              uri: `${url.origin}${url.pathname}?offset=${offset}`,
            }
          : null,
      },
    };
  }
}
