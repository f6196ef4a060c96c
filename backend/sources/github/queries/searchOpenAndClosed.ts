/**
 * Items alive in a window = still open (any age) ∪ closed since the window began. Two searches per group of
 * repos, each split on its date qualifier when it passes the 1,000-result cap.
 */
import type { Notice } from '../../../../common/metricResult';
import type { FetchWindow } from '../../types';
import { repoQualifierGroups, searchAll, type RunSearch } from './searchAll';

/** GitHub was founded in 2008: no item is created before this. */
const GITHUB_EPOCH = Date.UTC(2008, 0, 1);
/** " is:closed closed:<ISO>..<ISO>" and the separators. */
const QUALIFIER_RESERVE = 64;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Range ends rounded (window start to its UTC day, the end up to the next hour) keep query texts, and so cache keys, stable between refreshes. */
export const roundedFrom = (from: number) => Math.floor(from / DAY_MS) * DAY_MS;
export const roundedEnd = (now: number, to: number) => Math.ceil(Math.max(now, to) / HOUR_MS) * HOUR_MS;

/** What one search of alive items covers: items closed in [closedFrom, end), and, when `open`, every open item. */
export interface AliveSearch {
  open: boolean;
  closedFrom: number;
  end: number;
}

export async function searchAlive<T extends object>(run: RunSearch<T>, repos: readonly string[], filter: string, search: AliveSearch): Promise<{ nodes: T[]; notices: Notice[] }> {
  const groups = repoQualifierGroups(repos, QUALIFIER_RESERVE + filter.length);
  const outcomes = await Promise.all(
    groups.flatMap((repoPart) => [
      ...(search.open ? [searchAll(run, { base: `${repoPart} ${filter} is:open`, field: 'created', from: GITHUB_EPOCH, to: search.end })] : []),
      searchAll(run, { base: `${repoPart} ${filter} is:closed`, field: 'closed', from: search.closedFrom, to: search.end }),
    ])
  );
  return { nodes: outcomes.flatMap((o) => o.nodes), notices: outcomes.flatMap((o) => o.notices) };
}

export function searchOpenAndClosed<T extends object>(
  run: RunSearch<T>,
  repos: readonly string[],
  filter: string,
  window: FetchWindow,
  now: number
): Promise<{ nodes: T[]; notices: Notice[] }> {
  return searchAlive(run, repos, filter, { open: true, closedFrom: roundedFrom(window.from), end: roundedEnd(now, window.to) });
}

/** Items of the filter updated since `since` (open or closed), for an incremental refresh. */
export async function searchUpdatedSince<T extends object>(run: RunSearch<T>, repos: readonly string[], filter: string, since: number, end: number): Promise<{ nodes: T[]; notices: Notice[] }> {
  const groups = repoQualifierGroups(repos, QUALIFIER_RESERVE + filter.length);
  const outcomes = await Promise.all(groups.map((repoPart) => searchAll(run, { base: `${repoPart} ${filter}`, field: 'updated', from: since, to: end })));
  return { nodes: outcomes.flatMap((o) => o.nodes), notices: outcomes.flatMap((o) => o.notices) };
}
