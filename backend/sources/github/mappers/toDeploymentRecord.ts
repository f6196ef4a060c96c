/** GitHub deployments and deploy workflow runs → DeploymentRecords (changes are attached later). */
import type { DeploymentRecord, DeploymentStatus } from '../../../../common/records';
import type { DeploymentNode } from '../queries/deploymentsQuery';
import type { WorkflowRun } from '../queries/listWorkflowRuns';

const STATUS: Record<string, DeploymentStatus> = {
  SUCCESS: 'success',
  INACTIVE: 'success',
  FAILURE: 'failure',
  ERROR: 'error',
  PENDING: 'in_progress',
  QUEUED: 'in_progress',
  IN_PROGRESS: 'in_progress',
  WAITING: 'in_progress',
};

export function fromDeployment(repo: string, d: DeploymentNode, production: RegExp, team?: string): DeploymentRecord {
  const status: DeploymentStatus = d.latestStatus ? STATUS[d.latestStatus.state] ?? 'error' : d.state === 'ABANDONED' ? 'cancelled' : 'in_progress';
  const environment = d.environment ?? 'unknown';
  return {
    id: `github:${repo}/deployment/${d.databaseId}`,
    source: 'github',
    service: repo,
    repo,
    team,
    environment,
    production: production.test(environment),
    startedAt: Date.parse(d.createdAt),
    finishedAt: d.latestStatus && status !== 'in_progress' ? Date.parse(d.latestStatus.createdAt) : undefined,
    status,
    sha: d.commitOid,
  };
}

const CONCLUSION: Record<string, DeploymentStatus> = { success: 'success', failure: 'failure', cancelled: 'cancelled', timed_out: 'failure', startup_failure: 'error' };

export function fromWorkflowRun(repo: string, run: WorkflowRun, team?: string): DeploymentRecord {
  const done = run.status === 'completed';
  const status: DeploymentStatus = !done ? 'in_progress' : CONCLUSION[run.conclusion ?? ''] ?? 'error';
  return {
    id: `github:${repo}/run/${run.id}`,
    source: 'github',
    service: repo,
    repo,
    team,
    environment: 'production',
    production: true,
    startedAt: Date.parse(run.run_started_at ?? run.created_at),
    finishedAt: done ? Date.parse(run.updated_at) : undefined,
    status,
    sha: run.head_sha,
  };
}
