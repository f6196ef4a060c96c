/**
 * Asana as a record source: work items from the projects configured per metric (jsonData.asana.metricProjects)
 * and sprints from the sprint_velocity project. A failing project leaves the others answering, with a
 * warning notice naming it; when every project fails the query fails with the first error. Kept in the store by
 * sync.ts.
 */
import type { Notice } from '../../../common/metricResult';
import type { RecordKind, RecordSet, WorkItemRecord } from '../../../common/records';
import type { AsanaSettings } from '../../../common/settings';
import type { VariableKind } from '../../../common/query';
import { badRequest } from '../../protocol/errors';
import type {
  FetchWindow,
  OptionValue,
  SourceContext,
  SourceHealth,
  SourceResourceRequest,
  SourceResult,
  SyncableSource,
  SyncBatch,
  SyncRequest,
} from '../types';
import { toAsanaError } from './errors';
import { fetchProject, INCIDENTS_METRIC, type ProjectRecords } from './fetchProject';
import { checkAsanaHealth } from './health';
import { projectsOf } from './metricRules';
import { projectsFor } from './projectsFor';
import { getOne } from './paginate';
import { asanaResource } from './resources';
import type { AsanaRequester, CallContext } from './requester';
import { namedSchema } from './schemas';
import { toSprints } from './sprints';
import { syncAsana } from './sync';
import { ASANA_MAX_PROVIDES } from './provides';

/** Waits and retries must end this long after a fetch starts (Grafana's query deadline is 30 s). */
export const ASANA_BUDGET_MS = 25_000;

export class AsanaSource implements SyncableSource {
  readonly name = 'asana';
  readonly title = 'Asana';
  readonly provides: readonly RecordKind[];

  constructor(
    private readonly settings: AsanaSettings,
    private readonly requester: AsanaRequester | undefined,
    private readonly timeZone: string,
    private readonly clock: () => number = Date.now
  ) {
    const metrics = Object.keys(settings.metricProjects ?? {});
    const configured: Partial<Record<RecordKind, boolean>> = {
      workItems: true,
      sprints: metrics.includes('sprint_velocity') && Boolean(settings.sprintSource),
      incidents: metrics.includes(INCIDENTS_METRIC),
    };
    this.provides = ASANA_MAX_PROVIDES.filter((kind) => configured[kind] === true);
  }

  private context(source: SourceContext): { requester: AsanaRequester; ctx: CallContext } {
    if (!this.requester) {
      throw badRequest(
        'Asana: no token saved. Paste a personal access token (or OAuth token) in the Asana section and save.'
      );
    }
    return { requester: this.requester, ctx: { source, deadline: this.clock() + ASANA_BUDGET_MS } };
  }

  async fetch(window: FetchWindow, kinds: readonly RecordKind[], source: SourceContext): Promise<SourceResult> {
    const { requester, ctx } = this.context(source);
    const projects = projectsFor(this.settings, kinds, this.provides);
    if (projects.length === 0) {
      return { records: {}, notices: [] };
    }
    const settled = await Promise.allSettled(
      projects.map(([gid, metrics]) => fetchProject(requester, gid, metrics, this.settings, window, ctx))
    );
    const notices: Notice[] = [];
    const ok: Array<{ gid: string; result: ProjectRecords }> = [];
    const errors = settled.flatMap((s, i) => {
      const [gid, metrics] = projects[i];
      if (s.status === 'fulfilled') {
        ok.push({ gid, result: s.value });
        return [];
      }
      const error = toAsanaError(s.reason, `project ${gid} (used by ${metrics.map((m) => m.metricId).join(', ')})`);
      notices.push({
        severity: 'warning',
        text: `${error.message} Other Asana projects still answered; these metrics miss its items.`,
      });
      return [error];
    });
    if (ok.length === 0) {
      throw errors[0];
    }
    const workItems: WorkItemRecord[] = ok.flatMap((p) => p.result.items);
    const records: RecordSet = {};
    if (kinds.includes('workItems')) {
      records.workItems = workItems;
    }
    if (kinds.includes('incidents') && this.provides.includes('incidents')) {
      records.incidents = ok.flatMap((p) => p.result.incidents);
    }
    const sprintGid = this.settings.metricProjects?.sprint_velocity?.projectGid;
    // A failed sprint project leaves sprints unset ("no data", with the warning above), never an empty list.
    const sprintProject = ok.find((p) => p.gid === sprintGid);
    if (kinds.includes('sprints') && this.provides.includes('sprints') && sprintProject) {
      const { sprintNames, projectName } = sprintProject.result;
      records.sprints = toSprints(sprintNames, projectName, workItems, this.timeZone);
    }
    return { records, notices };
  }

  async *sync(request: SyncRequest, source: SourceContext): AsyncIterable<SyncBatch> {
    const { requester } = this.context(source);
    const { settings, provides, timeZone, clock } = this;
    yield* syncAsana({ requester, settings, provides, timeZone, clock }, request, source);
  }

  async checkHealth(source: SourceContext): Promise<SourceHealth> {
    if (!this.requester) {
      return { status: 'error', message: 'Asana: no token saved. Paste a personal access token in the Asana section.' };
    }
    return checkAsanaHealth(this.requester, this.settings, this.context(source).ctx);
  }

  /** Projects: the configured projects' names (what work items carry); other kinds come from records. */
  async options(kind: VariableKind, source: SourceContext): Promise<OptionValue[] | undefined> {
    if (kind !== 'project') {
      return undefined;
    }
    const { requester, ctx } = this.context(source);
    const names = await Promise.all(
      [...projectsOf(this.settings).keys()].map((gid) =>
        getOne(requester, { op: 'project', gid, query: { opt_fields: 'name' } }, namedSchema, ctx).then(
          (p) => p.name ?? gid,
          (err: unknown) => {
            throw toAsanaError(err, `project ${gid}`);
          }
        )
      )
    );
    return [...new Set(names)].map((n) => ({ value: n, label: n }));
  }

  async resource(request: SourceResourceRequest, source: SourceContext): Promise<unknown> {
    const { requester, ctx } = this.context(source);
    return asanaResource(requester, this.settings, request, ctx);
  }

  dispose(): void {
    this.requester?.clear();
  }
}
