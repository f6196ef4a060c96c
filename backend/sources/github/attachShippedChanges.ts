/**
 * Which pull requests each successful production deployment shipped: the PRs whose merge commit lies in
 * compare(previous production SHA...this SHA). A deployment with no earlier production deployment known gets
 * only the PRs merged to the default branch inside the window before it — never the repo's whole history.
 */
import type { ChangeRecord, DeploymentRecord } from '../../../common/records';
import { mapLimit } from '../_lib/mapLimit';
import type { FetchWindow } from '../types';
import type { GitHubApi } from './client';
import { compareCommits } from './queries/compareCommits';

const deployedAt = (d: DeploymentRecord) => d.finishedAt ?? d.startedAt;
/** Compares in flight per repository (GitHub's secondary limit allows 100 concurrent requests in all). */
const COMPARE_CONCURRENCY = 8;

export async function attachShippedChanges(
  api: GitHubApi,
  repo: string,
  deployments: readonly DeploymentRecord[],
  changes: readonly ChangeRecord[],
  window: FetchWindow
): Promise<DeploymentRecord[]> {
  const bySha = new Map(changes.filter((c) => c.repo === repo && c.mergeCommitSha).map((c) => [c.mergeCommitSha as string, c]));
  const shipped = deployments.filter((d) => d.production && d.status === 'success' && d.sha).sort((a, b) => deployedAt(a) - deployedAt(b));
  // The compares run concurrently; the PRs are then assigned in deployment order (each to its first deployment).
  const pairs = shipped.flatMap((d, i) => {
    const previous = shipped[i - 1];
    return deployedAt(d) >= window.from && previous?.sha && d.sha && previous.sha !== d.sha ? [{ d, base: previous.sha, head: d.sha }] : [];
  });
  const compared = await mapLimit(pairs, COMPARE_CONCURRENCY, (p) => compareCommits(api, repo, p.base, p.head));
  const commitShas = new Map(pairs.map((p, i) => [p.d.id, compared[i]]));
  const assigned = new Set<string>();
  const changeIds = new Map<string, string[]>();
  let previous: DeploymentRecord | undefined;
  for (const d of shipped) {
    const at = deployedAt(d);
    if (at >= window.from) {
      let candidates: ChangeRecord[];
      const shas = commitShas.get(d.id);
      if (previous?.sha === d.sha) {
        candidates = [];
      } else if (shas) {
        candidates = shas.map((sha) => bySha.get(sha)).filter((c): c is ChangeRecord => c !== undefined);
      } else {
        // In merge order, so the ids do not depend on the order the changes were listed in (search or store).
        candidates = changes
          .filter((c) => c.repo === repo && c.toDefaultBranch && c.mergedAt !== undefined && c.mergedAt >= window.from && c.mergedAt <= at)
          .sort((a, b) => (a.mergedAt ?? 0) - (b.mergedAt ?? 0) || a.id.localeCompare(b.id));
      }
      const fresh = candidates.filter((c) => !assigned.has(c.id));
      fresh.forEach((c) => assigned.add(c.id));
      changeIds.set(d.id, fresh.map((c) => c.id));
    }
    previous = d;
  }
  return deployments.map((d) => (changeIds.has(d.id) ? { ...d, changeIds: changeIds.get(d.id), commitShas: commitShas.get(d.id) } : d));
}
