import type { DeploymentRecord, RecordSet } from '../../../../common/records';
import { deployedAt } from '../../lib/deployedAt';
import type { EngineOptions } from '../../types';
import { linkIncidents, type IncidentLinks } from './linkIncidents';

export type FailureCause = 'incident' | 'rollback' | 'revert';

export interface DeploymentFailure {
  deployment: DeploymentRecord;
  causes: FailureCause[];
  /** Undefined while unresolved (an open incident, or no later deployment yet). */
  recoveredAt?: number;
}

export interface FailureAnalysis {
  failures: Map<string, DeploymentFailure>;
  incidentLinks: IncidentLinks;
  /** Incidents are not set up: failures come from rollbacks and reverts only. */
  withoutIncidents: boolean;
}

function nextDeploymentOfService(d: DeploymentRecord, production: readonly DeploymentRecord[]): number | undefined {
  const after = production.find((x) => x.service === d.service && x.id !== d.id && deployedAt(x) > deployedAt(d));
  return after === undefined ? undefined : deployedAt(after);
}

/**
 * Production deployments that required immediate intervention (DORA change failure), with the recovery instant:
 * - incident: an incident is linked to it (see linkIncidents); recovered when the last linked incident resolved;
 * - rollback: a production deployment rolls it back (rollbackOf);
 * - revert: a merged PR reverts one of the changes it shipped (a hotfix by revert).
 * Without an incident, recovery is the next successful production deployment of the same service.
 * `production` must come from productionDeployments (sorted).
 */
export function deploymentFailures(records: RecordSet, production: readonly DeploymentRecord[], options: EngineOptions): FailureAnalysis {
  const causes = new Map<string, Set<FailureCause>>();
  const add = (id: string, cause: FailureCause) => causes.set(id, (causes.get(id) ?? new Set()).add(cause));
  const incidentLinks = linkIncidents(records.incidents ?? [], production, options.incidentLinking);
  incidentLinks.links.forEach((deploymentId) => add(deploymentId, 'incident'));
  const ids = new Set(production.map((d) => d.id));
  production.filter((d) => d.rollbackOf !== undefined && ids.has(d.rollbackOf)).forEach((d) => add(d.rollbackOf as string, 'rollback'));
  const revertedChangeIds = new Set((records.changes ?? []).filter((c) => c.revertOf !== undefined && c.mergedAt !== undefined).map((c) => c.revertOf as string));
  production.filter((d) => (d.changeIds ?? []).some((id) => revertedChangeIds.has(id))).forEach((d) => add(d.id, 'revert'));

  const failures = new Map<string, DeploymentFailure>();
  for (const deployment of production) {
    const found = causes.get(deployment.id);
    if (!found) {
      continue;
    }
    const incidents = (records.incidents ?? []).filter((i) => incidentLinks.links.get(i.id) === deployment.id);
    let recoveredAt: number | undefined;
    if (incidents.length > 0) {
      const resolved = incidents.map((i) => i.resolvedAt);
      recoveredAt = resolved.every((t): t is number => t !== undefined) ? Math.max(...resolved) : undefined;
    } else {
      recoveredAt = nextDeploymentOfService(deployment, production);
    }
    failures.set(deployment.id, { deployment, causes: [...found].sort(), recoveredAt });
  }
  return { failures, incidentLinks, withoutIncidents: records.incidents === undefined };
}
