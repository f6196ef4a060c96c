/**
 * Items alive in a window = still open (any age) ∪ closed since the window began. Two searches per group of
 * repos, each split on its date qualifier when it passes the 1,000-result cap.
 */
import type { Notice } from '../../../../common/metricResult';
import type { FetchWindow } from '../../types';
import { repoQualifierGroups, searchAll, type RunSearch } from './searchAll';

/** GitHub was founded in 2008: no item is created before this. */
const GITHUB_EPOCH = Date.UTC(2008, 0, 1);
const QUALIFIER_RESERVE = 110;

export async function searchOpenAndClosed<T extends object>(
  run: RunSearch<T>,
  repos: readonly string[],
  filter: string,
  window: FetchWindow,
  now: number
): Promise<{ nodes: T[]; notices: Notice[] }> {
  const end = Math.max(now, window.to);
  const groups = repoQualifierGroups(repos, QUALIFIER_RESERVE + filter.length);
  const outcomes = await Promise.all(
    groups.flatMap((repoPart) => [
      searchAll(run, { base: `${repoPart} ${filter} is:open`, field: 'created', from: GITHUB_EPOCH, to: end }),
      searchAll(run, { base: `${repoPart} ${filter} is:closed`, field: 'closed', from: window.from, to: end }),
    ])
  );
  return { nodes: outcomes.flatMap((o) => o.nodes), notices: outcomes.flatMap((o) => o.notices) };
}
