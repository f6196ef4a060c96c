/**
 * The only module that imports the GitHub SDK. Builds an Octokit with throttling and retry, PAT or GitHub
 * App auth (installation tokens minted and refreshed by @octokit/auth-app), and a request hook that adds
 * the TTL cache, ETag revalidation, request coalescing and the per-query signal and counters.
 */
import { createAppAuth } from '@octokit/auth-app';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { currentCall, type GitHubCall } from './callContext';
import { toQueryError } from './errors';
import { ResponseCache, type CachedResponse } from './responseCache';
import { appTokenCache } from './appTokenCache';

export type GitHubAuth = { kind: 'pat'; token: string } | { kind: 'app'; appId: string; installationId: string; privateKey: string };

export interface GitHubClientOptions {
  auth: GitHubAuth;
  /** GHES API root, e.g. https://ghe.example.com/api/v3; undefined = api.github.com. */
  baseUrl?: string;
  cacheTtlMs: number;
  clock?: () => number;
  /** Milliseconds per second of Retry-After (tests use 1). */
  retryAfterBaseMs?: number;
}

export type Params = Record<string, string | number | boolean | undefined>;

export interface GitHubResponse<T> {
  data: T;
  headers: Record<string, string | number | undefined>;
}

/** The narrow surface the queries use. Errors are QueryErrors. */
export interface GitHubApi {
  get<T>(route: string, params: Params, what?: string): Promise<GitHubResponse<T>>;
  /** Every page of a list endpoint, or until `enough` says the pages so far suffice. */
  paginate<T>(route: string, params: Params, what?: string, enough?: (page: T[]) => boolean): Promise<T[]>;
  graphql<T>(query: string, variables: Record<string, unknown>, what?: string): Promise<T>;
  /** Runs `work` with the call's signal, deadline and counters attached to every request it makes. */
  within<T>(call: GitHubCall, work: () => Promise<T>): Promise<T>;
}

const ThrottledOctokit = Octokit.plugin(throttling, retry);
type Client = InstanceType<typeof ThrottledOctokit>;

function canWait(retryAfterSeconds: number, baseMs: number, clock: () => number): boolean {
  const call = currentCall.getStore();
  return call !== undefined && !call.signal.aborted && clock() + retryAfterSeconds * baseMs <= call.deadline;
}

function countingFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  currentCall.getStore()?.telemetry.upstreamRequest('github');
  return globalThis.fetch(input, init);
}

function build(options: GitHubClientOptions, clock: () => number): Client {
  const baseMs = options.retryAfterBaseMs ?? 1000;
  const common = {
    baseUrl: options.baseUrl?.replace(/\/+$/, '') || undefined,
    userAgent: 'teammetrics-grafana-datasource',
    request: { fetch: countingFetch },
    throttle: {
      retryAfterBaseValue: baseMs,
      onRateLimit: (retryAfter: number) => canWait(retryAfter, baseMs, clock),
      onSecondaryRateLimit: (retryAfter: number) => canWait(retryAfter, baseMs, clock),
    },
    retry: { retryAfterBaseValue: baseMs },
    log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
  };
  if (options.auth.kind === 'pat') {
    return new ThrottledOctokit({ ...common, auth: options.auth.token });
  }
  const { appId, installationId, privateKey } = options.auth;
  return new ThrottledOctokit({
    ...common,
    authStrategy: createAppAuth,
    auth: { appId, installationId: Number(installationId), privateKey, cache: appTokenCache(clock) },
  });
}

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : undefined;
}

function addCaching(octokit: Client, cache: ResponseCache): void {
  octokit.hook.wrap('request', async (request, options) => {
    const call = currentCall.getStore();
    const withSignal = { ...options, request: { ...options.request, signal: call?.signal } };
    const endpoint = octokit.request.endpoint(options);
    const isGraphql = endpoint.method === 'POST' && endpoint.url.endsWith('/graphql');
    if (endpoint.method !== 'GET' && !isGraphql) {
      return request(withSignal);
    }
    const key = `${endpoint.method} ${endpoint.url} ${JSON.stringify(endpoint.body ?? '')}`;
    const found = cache.lookup(key);
    if (found.kind === 'fresh') {
      call?.telemetry.cacheHit('github');
      return found.response as Awaited<ReturnType<typeof request>>;
    }
    const response = await cache.coalesce(key, async (): Promise<CachedResponse> => {
      const etag = found.kind === 'stale' ? found.etag : undefined;
      const headers = etag ? { ...options.headers, 'if-none-match': etag } : options.headers;
      try {
        const fresh = await request({ ...withSignal, headers });
        const hasErrors = isGraphql && typeof fresh.data === 'object' && fresh.data !== null && 'errors' in fresh.data;
        if (!hasErrors) {
          cache.store(key, fresh as CachedResponse);
        }
        return fresh as CachedResponse;
      } catch (error) {
        if (statusOf(error) === 304 && found.kind === 'stale') {
          cache.touch(key);
          call?.telemetry.cacheHit('github');
          return found.response;
        }
        throw error;
      }
    });
    return response as Awaited<ReturnType<typeof request>>;
  });
}

export function createGitHubClient(options: GitHubClientOptions): GitHubApi & { clearCache(): void } {
  const clock = options.clock ?? Date.now;
  const cache = new ResponseCache(options.cacheTtlMs, clock);
  const octokit = build(options, clock);
  addCaching(octokit, cache);
  return {
    async get<T>(route: string, params: Params, what?: string) {
      try {
        const { data, headers } = await octokit.request(route, params);
        return { data: data as T, headers: headers as GitHubResponse<T>['headers'] };
      } catch (error) {
        throw toQueryError(error, what);
      }
    },
    async paginate<T>(route: string, params: Params, what?: string, enough?: (page: T[]) => boolean) {
      const items: T[] = [];
      try {
        for await (const page of octokit.paginate.iterator(route, params)) {
          const pageItems = page.data as unknown as T[];
          items.push(...pageItems);
          if (enough?.(pageItems)) {
            break;
          }
        }
      } catch (error) {
        throw toQueryError(error, what);
      }
      return items;
    },
    async graphql<T>(query: string, variables: Record<string, unknown>, what?: string) {
      try {
        return await octokit.graphql<T>(query, variables);
      } catch (error) {
        throw toQueryError(error, what);
      }
    },
    within: (call, work) => currentCall.run(call, work),
    clearCache: () => cache.clear(),
  };
}
