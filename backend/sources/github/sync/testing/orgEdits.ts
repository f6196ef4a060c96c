/** Upstream edits the incremental tests make to the sync scenario's organisation. */
import { touch, type OrgState } from '../../testing/orgDouble';
import { HOUR, iso, LATE_DEPLOYMENT, OPEN_PR } from './syncScenario';

const repo = (state: OrgState, index: number) => state.repos[index];

/** Merges the open PR of service-00 at `at` (its merge commit becomes the head of the default branch). */
export function mergeOpenPullRequest(state: OrgState, at: number): string {
  const first = repo(state, 0);
  const pr = first.prs.find((p) => p.number === OPEN_PR);
  const sha = 'fe'.repeat(20);
  Object.assign(pr ?? {}, { mergedAt: iso(at), closedAt: iso(at), mergeCommit: { oid: sha } });
  first.history.push(sha);
  touch(state, first.name, OPEN_PR, at);
  return sha;
}

export function renamePullRequest(state: OrgState, index: number, number: number, title: string, at: number): void {
  const target = repo(state, index);
  Object.assign(target.prs.find((p) => p.number === number) ?? {}, { title });
  touch(state, target.name, number, at);
}

/** A successful production deployment of service-00 at `at`, finished 5 minutes later. */
export function deploy(state: OrgState, databaseId: number, sha: string, at: number): void {
  repo(state, 0).deployments.unshift({
    databaseId,
    environment: 'production',
    createdAt: iso(at),
    commitOid: sha,
    state: 'ACTIVE',
    creator: { login: 'deploy-bot' },
    latestStatus: { state: 'SUCCESS', createdAt: iso(at + HOUR / 12) },
  });
}

export function deleteDeployment(state: OrgState, databaseId: number = LATE_DEPLOYMENT): void {
  const first = repo(state, 0);
  first.deployments = first.deployments.filter((d) => d.databaseId !== databaseId);
}

export function relabelIssue(state: OrgState, number: number, labels: string[], at: number): void {
  const first = repo(state, 0);
  Object.assign(first.issues.find((i) => i.number === number) ?? {}, { labels: { nodes: labels.map((name) => ({ name })) } });
  touch(state, first.name, number, at);
}
