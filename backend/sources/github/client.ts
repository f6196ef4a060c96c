/**
 * The only module that imports the GitHub SDK. Builds an Octokit with throttling and retry, PAT or GitHub
 * App auth (installation tokens minted and refreshed by @octokit/auth-app), and a request hook that adds
 * the TTL cache, ETag revalidation, request coalescing and the per-query signal and counters.
 */
import { createAppAuth } from '@octokit/auth-app';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck';
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

/** The last rate-limit state GitHub reported, per resource ("core", "graphql", ...). */
export type RateLimits = Record<string, { remaining: number; resetAt: string }>;

/** The narrow surface the queries use. Errors are QueryErrors. */
export interface GitHubApi {
  /** One request; the route names the method, e.g. "GET /repos/{owner}/{repo}". */
  request<T>(route: string, params: Params, what?: string): Promise<GitHubResponse<T>>;
  /** Every page of a list endpoint, or until `enough` says the pages so far suffice. */
  paginate<T>(route: string, params: Params, what?: string, enough?: (page: T[]) => boolean): Promise<T[]>;
  graphql<T>(query: string, variables: Record<string, unknown>, what?: string): Promise<T>;
  /** Like graphql, but NOT_FOUND errors leave their field null instead of failing the whole query. */
  graphqlAllowingMissing<T>(query: string, variables: Record<string, unknown>, what?: string): Promise<T>;
  rateLimits(): RateLimits;
  /** Runs `work` with the call's signal, deadline and counters attached to every request it makes. */
  within<T>(call: GitHubCall, work: () => Promise<T>): Promise<T>;
}

const ThrottledOctokit = Octokit.plugin(throttling, retry);

/**
 * plugin-throttling spaces every GraphQL call like a mutation (one per second, one at a time). Our GraphQL
 * calls are reads, so they share a small concurrent pool instead; REST writes are never made.
 */
const GRAPHQL_READS = new Bottleneck.Group({ id: 'teammetrics-graphql-reads', maxConcurrent: 8, minTime: 0 });
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
      write: GRAPHQL_READS,
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

interface GraphqlErrorShape {
  data?: unknown;
  errors?: Array<{ type?: string }>;
}

const onlyNotFound = (errors: GraphqlErrorShape['errors']) => Array.isArray(errors) && errors.length > 0 && errors.every((e) => e.type === 'NOT_FOUND');

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : undefined;
}

/** A comparison of two full commit SHAs never changes. */
const IMMUTABLE = /\/compare\/[0-9a-f]{40}\.\.\.[0-9a-f]{40}(\?|$)/;

/**
 * before-after-hook binds every inner hook to the original options object, so changes must be made on that
 * object (as plugin-throttling and plugin-retry do); passing new options to `request` has no effect.
 */
function noteRateLimit(limits: RateLimits, headers: Record<string, string | number | undefined>): void {
  const remaining = headers['x-ratelimit-remaining'];
  const reset = Number(headers['x-ratelimit-reset']);
  if (remaining !== undefined && reset > 0) {
    limits[String(headers['x-ratelimit-resource'] ?? 'core')] = { remaining: Number(remaining), resetAt: new Date(reset * 1000).toISOString() };
  }
}

function addCaching(octokit: Client, cache: ResponseCache, limits: RateLimits): void {
  octokit.hook.wrap('request', async (request, options) => {
    const call = currentCall.getStore();
    options.request = { ...options.request, signal: call?.signal };
    const endpoint = octokit.request.endpoint(options);
    const isGraphql = endpoint.method === 'POST' && endpoint.url.endsWith('/graphql');
    if (endpoint.method !== 'GET' && !isGraphql) {
      return request(options);
    }
    const key = `${endpoint.method} ${endpoint.url} ${JSON.stringify(endpoint.body ?? '')}`;
    const found = cache.lookup(key);
    if (found.kind === 'fresh') {
      call?.telemetry.cacheHit('github');
      return found.response as Awaited<ReturnType<typeof request>>;
    }
    const response = await cache.coalesce(key, async (): Promise<CachedResponse> => {
      if (found.kind === 'stale' && found.etag) {
        options.headers['if-none-match'] = found.etag;
      }
      try {
        const fresh = await request(options);
        noteRateLimit(limits, fresh.headers);
        const errors = isGraphql ? (fresh.data as GraphqlErrorShape | null)?.errors : undefined;
        const hasErrors = errors !== undefined && !onlyNotFound(errors);
        if (!hasErrors) {
          cache.store(key, fresh as CachedResponse, IMMUTABLE.test(endpoint.url));
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
  const limits: RateLimits = {};
  addCaching(octokit, cache, limits);
  return {
    async request<T>(route: string, params: Params, what?: string) {
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
    async graphqlAllowingMissing<T>(query: string, variables: Record<string, unknown>, what?: string) {
      try {
        return await octokit.graphql<T>(query, variables);
      } catch (error) {
        const partial = error as GraphqlErrorShape;
        if (partial.data !== undefined && onlyNotFound(partial.errors)) {
          return partial.data as T;
        }
        throw toQueryError(error, what);
      }
    },
    rateLimits: () => ({ ...limits }),
    within: (call, work) => currentCall.run(call, work),
    clearCache: () => cache.clear(),
  };
}
