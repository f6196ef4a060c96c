/**
 * Which pull requests each successful production deployment shipped: the PRs whose merge commit lies in
 * compare(previous production SHA...this SHA). A deployment with no earlier production deployment known gets
 * only the PRs merged to the default branch inside the window before it — never the repo's whole history.
 */
import type { ChangeRecord, DeploymentRecord } from '../../../common/records';
import type { FetchWindow } from '../types';
import type { GitHubApi } from './client';
import { compareCommits } from './queries/compareCommits';

const deployedAt = (d: DeploymentRecord) => d.finishedAt ?? d.startedAt;

export async function attachShippedChanges(
  api: GitHubApi,
  repo: string,
  deployments: readonly DeploymentRecord[],
  changes: readonly ChangeRecord[],
  window: FetchWindow
): Promise<DeploymentRecord[]> {
  const bySha = new Map(changes.filter((c) => c.repo === repo && c.mergeCommitSha).map((c) => [c.mergeCommitSha as string, c]));
  const shipped = deployments.filter((d) => d.production && d.status === 'success' && d.sha).sort((a, b) => deployedAt(a) - deployedAt(b));
  const assigned = new Set<string>();
  const changeIds = new Map<string, string[]>();
  const commitShas = new Map<string, string[]>();
  let previous: DeploymentRecord | undefined;
  for (const d of shipped) {
    const at = deployedAt(d);
    if (at >= window.from) {
      let candidates: ChangeRecord[];
      if (previous?.sha === d.sha) {
        candidates = [];
      } else if (previous?.sha && d.sha) {
        const shas = await compareCommits(api, repo, previous.sha, d.sha);
        commitShas.set(d.id, shas);
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
