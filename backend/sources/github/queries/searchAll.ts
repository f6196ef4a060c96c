/**
 * Runs a GitHub search to completion. GitHub returns at most 1,000 results per search, so a range with more
 * is split on its date qualifier into parts expected to hold ~750 each, recursively (skewed data splits
 * again); a one-minute range that still has more is kept at 1,000 and reported as a notice, never cut silently.
 */
import type { Notice } from '../../../../common/metricResult';

export const SEARCH_RESULT_CAP = 1000;
const MIN_SPLIT_MS = 60_000;
const TARGET_PER_PART = 750;
const MAX_PARTS = 16;

export interface SearchPage<T> {
  count: number;
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export type RunSearch<T> = (query: string, after: string | null) => Promise<SearchPage<T>>;

export interface SearchRange {
  /** The query without its date qualifier, e.g. "repo:acme/api is:pr is:closed". */
  base: string;
  field: 'created' | 'closed' | 'updated';
  from: number;
  to: number;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function searchQuery(range: SearchRange): string {
  return `${range.base} ${range.field}:${iso(range.from)}..${iso(range.to - 1000)}`;
}

export interface SearchOutcome<T> {
  nodes: T[];
  notices: Notice[];
  /** How many ranges were searched (1 = no split). */
  ranges: number;
}

export async function searchAll<T>(run: RunSearch<T>, range: SearchRange): Promise<SearchOutcome<T>> {
  const query = searchQuery(range);
  const first = await run(query, null);
  if (first.count > SEARCH_RESULT_CAP && range.to - range.from > MIN_SPLIT_MS) {
    const parts = Math.min(MAX_PARTS, Math.ceil(first.count / TARGET_PER_PART));
    const step = Math.max(1000, Math.floor((range.to - range.from) / parts / 1000) * 1000);
    const bounds = Array.from({ length: parts }, (_, i) => range.from + i * step).filter((b) => b < range.to);
    const outcomes = await Promise.all(bounds.map((from, i) => searchAll(run, { ...range, from, to: bounds[i + 1] ?? range.to })));
    return { nodes: outcomes.flatMap((o) => o.nodes), notices: outcomes.flatMap((o) => o.notices), ranges: outcomes.reduce((n, o) => n + o.ranges, 0) };
  }
  const nodes = [...first.nodes];
  let page = first;
  while (page.hasNextPage && page.endCursor) {
    page = await run(query, page.endCursor);
    nodes.push(...page.nodes);
  }
  const notices: Notice[] =
    first.count > SEARCH_RESULT_CAP
      ? [{ severity: 'warning', text: `GitHub search "${query}" matched ${first.count} items in one minute; only the first ${SEARCH_RESULT_CAP} are included.` }]
      : [];
  return { nodes, notices, ranges: 1 };
}

/** "repo:a/b repo:c/d …" groups that keep each query under GitHub's 256-character limit. */
export function repoQualifierGroups(repos: readonly string[], reserve: number, limit = 256): string[] {
  const groups: string[] = [];
  let current = '';
  for (const repo of repos) {
    const part = `repo:${repo}`;
    if (current !== '' && current.length + 1 + part.length + reserve > limit) {
      groups.push(current);
      current = '';
    }
    current = current === '' ? part : `${current} ${part}`;
  }
  if (current !== '') {
    groups.push(current);
  }
  return groups;
}
