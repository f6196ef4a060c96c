import type { ChangeRecord, DeploymentRecord, IncidentRecord, RecordSet } from '../../../../common/records';
import { deployedAt } from '../../lib/deployedAt';
import { memoize } from '../../lib/memoize';
import type { EngineOptions } from '../../types';
import { productionDeploymentIndexes, productionDeployments } from '../../lib/productionDeployments';
import { changeColumnsOf } from '../flow/_lib/changeColumns';
import { changeIndexOf, deploymentChangeIndex } from '../flow/_lib/changeIndex';
import { idsOf, linkIncidents, type IncidentLinks } from './linkIncidents';

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

/** For each production deployment, the time of the next one of the same service (production is sorted). */
function nextOfService(production: readonly DeploymentRecord[]): Map<string, number> {
  const next = new Map<string, number>();
  const pending = new Map<string, DeploymentRecord[]>();
  for (let i = 0; i < production.length; i++) {
    const d = production[i];
    const at = deployedAt(d);
    const waiting = pending.get(d.service);
    if (waiting === undefined) {
      pending.set(d.service, [d]);
      continue;
    }
    // In place: a NaN instant on either side neither resolves nor keeps the waiting deployment.
    let kept = 0;
    for (let k = 0; k < waiting.length; k++) {
      const w = waiting[k];
      const waitingAt = deployedAt(w);
      if (waitingAt < at) {
        next.set(w.id, at);
      } else if (waitingAt >= at) {
        waiting[kept++] = w;
      }
    }
    waiting.length = kept;
    waiting.push(d);
  }
  return next;
}

/** Ids of the changes that a merged PR reverts (see changeColumnsOf): shared and read-only. */
function revertedChangeIdsOf(changes: readonly ChangeRecord[] | undefined): ReadonlySet<string> {
  return changes === undefined ? NO_IDS : changeColumnsOf(changes).revertedIds;
}

const NO_IDS: ReadonlySet<string> = new Set();

/** True when the deployment shipped a change that a merged PR reverts. */
function shipsReverted(deployment: DeploymentRecord, reverted: ReadonlySet<string>): boolean {
  const ids = deployment.changeIds;
  if (ids === undefined || reverted.size === 0) {
    return false;
  }
  for (let k = 0; k < ids.length; k++) {
    if (reverted.has(ids[k])) {
      return true;
    }
  }
  return false;
}

/**
 * shipsReverted for production deployment p: by the deployments' change positions (see deploymentChangeIndex) and
 * a flag per reverted change when `production` is the deployments' production list, else by id.
 */
function revertShippers(
  changes: readonly ChangeRecord[] | undefined,
  deployments: readonly DeploymentRecord[] | undefined,
  production: readonly DeploymentRecord[]
): (deployment: DeploymentRecord, p: number) => boolean {
  const reverted = revertedChangeIdsOf(changes);
  if (changes === undefined || deployments === undefined || reverted.size === 0 || production !== productionDeployments(deployments)) {
    return (deployment) => shipsReverted(deployment, reverted);
  }
  const indexOf = changeIndexOf(changes);
  const revertedAt = new Uint8Array(changes.length);
  reverted.forEach((id) => {
    const index = indexOf.get(id);
    if (index !== undefined) {
      revertedAt[index] = 1;
    }
  });
  const { offsets, positions } = deploymentChangeIndex(changes, deployments);
  const indexes = productionDeploymentIndexes(deployments);
  return (deployment, p) => {
    const first = offsets[indexes[p]];
    for (let k = first; k < offsets[indexes[p] + 1]; k++) {
      const position = positions[k];
      if (position >= 0 ? revertedAt[position] === 1 : reverted.has((deployment.changeIds ?? [])[k - first])) {
        return true;
      }
    }
    return false;
  };
}

const analyse = memoize(function analyse(
  incidents: readonly IncidentRecord[] | undefined,
  changes: readonly ChangeRecord[] | undefined,
  deployments: readonly DeploymentRecord[] | undefined,
  production: readonly DeploymentRecord[],
  incidentLinking: EngineOptions['incidentLinking']
): FailureAnalysis {
  const causes = new Map<string, Set<FailureCause>>();
  const add = (id: string, cause: FailureCause) => causes.set(id, (causes.get(id) ?? new Set()).add(cause));
  const incidentLinks = linkIncidents(incidents ?? [], production, incidentLinking);
  incidentLinks.links.forEach((deploymentId) => add(deploymentId, 'incident'));
  const ids = idsOf(production);
  production
    .filter((d) => d.rollbackOf !== undefined && ids.has(d.rollbackOf))
    .forEach((d) => add(d.rollbackOf as string, 'rollback'));
  const shipsRevert = revertShippers(changes, deployments, production);
  production.filter((d, p) => shipsRevert(d, p)).forEach((d) => add(d.id, 'revert'));

  const incidentsOf = new Map<string, IncidentRecord[]>();
  for (const i of incidents ?? []) {
    const id = incidentLinks.links.get(i.id);
    const list = id === undefined ? undefined : incidentsOf.get(id);
    if (list) {
      list.push(i);
    } else if (id !== undefined) {
      incidentsOf.set(id, [i]);
    }
  }
  const next = nextOfService(production);
  const failures = new Map<string, DeploymentFailure>();
  for (const deployment of production) {
    const found = causes.get(deployment.id);
    if (!found) {
      continue;
    }
    const linked = incidentsOf.get(deployment.id) ?? [];
    let recoveredAt: number | undefined;
    if (linked.length > 0) {
      const resolved = linked.map((i) => i.resolvedAt);
      recoveredAt = resolved.every((t): t is number => t !== undefined) ? Math.max(...resolved) : undefined;
    } else {
      recoveredAt = next.get(deployment.id);
    }
    failures.set(deployment.id, { deployment, causes: [...found].sort(), recoveredAt });
  }
  return { failures, incidentLinks, withoutIncidents: incidents === undefined };
});

/**
 * Production deployments that required immediate intervention (DORA change failure), with the recovery instant:
 * - incident: an incident is linked to it (see linkIncidents); recovered when the last linked incident resolved;
 * - rollback: a production deployment rolls it back (rollbackOf);
 * - revert: a merged PR reverts one of the changes it shipped (a hotfix by revert).
 * Without an incident, recovery is the next successful production deployment of the same service.
 * `production` must come from productionDeployments (sorted). Memoized per (incidents, changes, production,
 * linking rule): the analysis is shared and read-only.
 */
export function deploymentFailures(
  records: RecordSet,
  production: readonly DeploymentRecord[],
  options: EngineOptions
): FailureAnalysis {
  return analyse(records.incidents, records.changes, records.deployments, production, options.incidentLinking);
}
