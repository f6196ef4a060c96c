/**
 * GitHub into the store (issue #9). The first run backfills (backfill.ts), later runs are one incremental batch
 * (incremental.ts). The response cache is shared with fetch: a cached answer is at most one TTL old, REST re-reads
 * (releases) are revalidated with their ETag (a 304 costs no rate limit), and compares of two SHAs never expire.
 *
 * The store starts over when the settings change, but an organisation or pattern scope also changes by itself (a
 * repository created, archived or renamed), and so does GitHub team membership (teamsFrom: github), which stored
 * records carry and some (deployments, incidents) keep no login to map again by. When either changes (scopeKey),
 * the run backfills again: records of repositories that left are deleted and the rest are overwritten. That costs
 * a backfill, chunked and resumable like the first; joins, archivals and team moves are rare next to hourly runs.
 */
import type { SourceContext, SyncBatch, SyncRequest } from '../../types';
import type { GitHubCall } from '../callContext';
import type { GitHubApi } from '../client';
import { listRepos } from '../scope/listRepos';
import { teamsOf } from '../scope/teamsOf';
import type { ResolvedGitHubSettings } from '../settings';
import { backfill } from './backfill';
import { incrementalBatch } from './incremental';
import { parseCursor, scopeKey } from './syncCursor';
import type { SyncInput } from './syncInput';

/** How long one batch may wait out a rate limit; the run's signal may stop it sooner. */
export const BATCH_WAIT_MS = 5 * 60_000;

export interface GitHubSyncDeps {
  api: GitHubApi;
  settings: ResolvedGitHubSettings;
  /** The client's clock (rate-limit waits). */
  clock: () => number;
}

export async function* syncGitHub(deps: GitHubSyncDeps, request: SyncRequest, context: SourceContext): AsyncGenerator<SyncBatch> {
  const { api, settings } = deps;
  const within = async <T>(work: () => Promise<T>): Promise<T> => {
    context.signal.throwIfAborted();
    const call: GitHubCall = { signal: context.signal, telemetry: context.telemetry, deadline: deps.clock() + BATCH_WAIT_MS };
    try {
      return await api.within(call, work);
    } catch (error) {
      // A request cut by the signal fails with a timeout message; the run's own reason says more.
      context.signal.throwIfAborted();
      throw error;
    }
  };
  const { repos, teams } = await within(async () => ({
    repos: await listRepos(api, settings),
    teams: request.kinds.some((k) => k !== 'releases') ? await teamsOf(api, settings) : new Map<string, string>(),
  }));
  const input: SyncInput = { api, settings, repos, teams, request, now: context.now, signal: context.signal, within };
  const key = scopeKey(repos, teams);
  const cursor = parseCursor(request.cursor);
  if (cursor?.phase === 'incremental' && cursor.scope === key) {
    const batch = await within(() => incrementalBatch(input, cursor));
    context.signal.throwIfAborted();
    yield batch;
    return;
  }
  const resumed = cursor?.phase === 'backfill' && cursor.scope === key ? cursor : undefined;
  const from = request.backfillFrom;
  const fresh = { v: 1, phase: 'backfill', from, next: from, startedAt: context.now, scope: key } as const;
  yield* backfill(input, resumed ?? fresh, request.cursor !== undefined && resumed === undefined);
}
