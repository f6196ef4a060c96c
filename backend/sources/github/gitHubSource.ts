/** The GitHub record source: pull requests, reviews, deployments, releases, issues and incidents. */
import type { VariableKind } from '../../../common/query';
import type { RecordKind } from '../../../common/records';
import { QueryError } from '../../protocol/errors';
import type {
  FetchWindow,
  OptionValue,
  SourceContext,
  SourceHealth,
  SourceResourceRequest,
  SourceResult,
  SourceSettings,
  SyncableSource,
  SyncBatch,
  SyncRequest,
} from '../types';
import type { GitHubCall } from './callContext';
import { checkGitHubHealth } from './checkGitHubHealth';
import { createGitHubClient, type GitHubApi } from './client';
import { fetchRecords } from './fetchRecords';
import { SearchSync } from './queries/searchSync';
import { environmentsOf, gitHubResource } from './gitHubResources';
import { listRepos } from './scope/listRepos';
import { teamsOf } from './scope/teamsOf';
import { resolveGitHubSettings, type ResolvedGitHubSettings } from './settings';
import { GITHUB_PROVIDES } from './provides';
import { syncGitHub } from './sync/syncGitHub';

/** Grafana gives a query 30 s; waiting for a rate limit must end before that. */
export const QUERY_BUDGET_MS = 28_000;

export interface GitHubSourceDeps {
  clock?: () => number;
  retryAfterBaseMs?: number;
  budgetMs?: number;
}

type Ready = { settings: ResolvedGitHubSettings; api: GitHubApi & { clearCache(): void }; sync: SearchSync };

export class GitHubSource implements SyncableSource {
  readonly name = 'github';
  readonly title = 'GitHub';
  readonly provides = GITHUB_PROVIDES;
  private readonly ready: Ready | QueryError;

  constructor(
    settings: SourceSettings,
    private readonly deps: GitHubSourceDeps = {}
  ) {
    try {
      const resolved = resolveGitHubSettings(settings.jsonData, settings.secrets);
      const api = createGitHubClient({
        auth: resolved.auth,
        baseUrl: resolved.baseUrl,
        cacheTtlMs: resolved.cacheTtlMs,
        clock: deps.clock,
        retryAfterBaseMs: deps.retryAfterBaseMs,
      });
      this.ready = { settings: resolved, api, sync: new SearchSync(resolved.cacheTtlMs) };
    } catch (error) {
      this.ready = error instanceof QueryError ? error : new QueryError(String(error), 400, 'plugin');
    }
  }

  private run<T>(context: SourceContext, work: (ready: Ready) => Promise<T>): Promise<T> {
    if (this.ready instanceof QueryError) {
      return Promise.reject(this.ready);
    }
    const ready = this.ready;
    const call: GitHubCall = {
      signal: context.signal,
      telemetry: context.telemetry,
      deadline: context.now + (this.deps.budgetMs ?? QUERY_BUDGET_MS),
    };
    return ready.api.within(call, () => work(ready));
  }

  fetch(window: FetchWindow, kinds: readonly RecordKind[], context: SourceContext): Promise<SourceResult> {
    return this.run(context, async ({ api, settings, sync }) => {
      const repos = await listRepos(api, settings);
      const needsTeams = kinds.some((k) => k !== 'releases');
      const teams = needsTeams ? await teamsOf(api, settings) : new Map<string, string>();
      return fetchRecords({ api, sync, settings, repos, teams, window, kinds, now: context.now });
    });
  }

  async *sync(request: SyncRequest, context: SourceContext): AsyncGenerator<SyncBatch> {
    if (this.ready instanceof QueryError) {
      throw this.ready;
    }
    yield* syncGitHub({ api: this.ready.api, settings: this.ready.settings, clock: this.deps.clock ?? Date.now }, request, context);
  }

  async checkHealth(context: SourceContext): Promise<SourceHealth> {
    if (this.ready instanceof QueryError) {
      return { status: 'error', message: this.ready.message };
    }
    return this.run(context, ({ api, settings }) => checkGitHubHealth(api, settings, () => listRepos(api, settings)));
  }

  options(kind: VariableKind, context: SourceContext): Promise<OptionValue[] | undefined> {
    return this.run(context, async ({ api, settings }) => {
      const asOptions = (values: Iterable<string>) =>
        [...new Set(values)].sort().map((value) => ({ value, label: value }));
      switch (kind) {
        case 'repo':
        case 'service':
          return asOptions(await listRepos(api, settings));
        case 'team':
          return asOptions((await teamsOf(api, settings)).values());
        case 'person':
          return asOptions((await teamsOf(api, settings)).keys());
        case 'environment': {
          const lists = await Promise.all(
            (await listRepos(api, settings)).map((repo) => environmentsOf(api, repo).catch(() => []))
          );
          return asOptions(lists.flat().map((o) => o.value));
        }
        default:
          return undefined;
      }
    });
  }

  resource(request: SourceResourceRequest, context: SourceContext): Promise<unknown> {
    return this.run(context, ({ api }) => gitHubResource(api, request));
  }

  dispose(): void {
    if (!(this.ready instanceof QueryError)) {
      this.ready.api.clearCache();
      this.ready.sync.clear();
    }
  }
}
