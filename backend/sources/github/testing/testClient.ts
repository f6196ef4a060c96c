/** A client on the msw double with zero-delay retries, and a call context that records its counters. */
import type { GitHubCall } from '../callContext';
import { createGitHubClient, type GitHubAuth } from '../client';

export const TEST_TOKEN = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';

export function testClient(options: { ttlMs?: number; clock?: () => number; auth?: GitHubAuth } = {}) {
  return createGitHubClient({ auth: options.auth ?? { kind: 'pat', token: TEST_TOKEN }, cacheTtlMs: options.ttlMs ?? 60_000, clock: options.clock, retryAfterBaseMs: 1 });
}

export function testCall(budgetMs = 10_000): GitHubCall & { upstream: number; hits: number } {
  const call = {
    signal: new AbortController().signal,
    deadline: Date.now() + budgetMs,
    upstream: 0,
    hits: 0,
    telemetry: {
      upstreamRequest: () => (call.upstream += 1),
      cacheHit: () => (call.hits += 1),
    },
  };
  return call;
}
