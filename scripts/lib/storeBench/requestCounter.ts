/** Requests the GitHub double answered since a mark, per family; 304s are free under GitHub's rate limit. */
import type { BenchServer } from '../../../backend/sources/github/testing/bench/benchServer';

export interface RequestDelta {
  /** Requests that count against the rate limit (all but 304 Not Modified). */
  requests: number;
  notModified: number;
  families: Record<string, number>;
}

export function requestCounter(server: BenchServer): () => RequestDelta {
  const before = new Map(server.counts);
  return () => {
    const families = Object.fromEntries([...server.counts].map(([k, v]) => [k, v - (before.get(k) ?? 0)] as const).filter(([, v]) => v > 0));
    const notModified = families['rest:304'] ?? 0;
    const all = Object.entries(families).reduce((sum, [k, v]) => (k === 'rest:304' ? sum : sum + v), 0);
    // The double counts a 304 under its family too ("rest:releases" and "rest:304").
    return { requests: all - notModified, notModified, families };
  };
}
