import type { DeploymentRecord, IncidentRecord } from '../../../../common/records';
import { deployedAt } from '../../lib/deployedAt';
import { memoize } from '../../lib/memoize';
import type { EngineOptions } from '../../types';

export interface IncidentLinks {
  /** incident id → id of the production deployment that caused it */
  links: Map<string, string>;
  unlinked: IncidentRecord[];
}

/** The ids of production deployments. Memoized per array (change failures and incident links share it): read-only. */
export const idsOf = memoize((deployments: readonly DeploymentRecord[]): ReadonlySet<string> => new Set(deployments.map((d) => d.id)));

function lastAtOrBefore(sorted: readonly DeploymentRecord[], instant: number): DeploymentRecord | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  let found: DeploymentRecord | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (deployedAt(sorted[mid]) <= instant) {
      found = sorted[mid];
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Links incidents to the production deployment that caused them: the explicit causedByDeploymentId when it
 * names one of `production`; otherwise, under 'last_deployment_before', the last production deployment of the
 * incident's service at or before it opened. Incidents without a service or a candidate stay unlinked.
 * `production` must be sorted by deployment time (see productionDeployments).
 */
export function linkIncidents(
  incidents: readonly IncidentRecord[],
  production: readonly DeploymentRecord[],
  rule: EngineOptions['incidentLinking']
): IncidentLinks {
  const ids = idsOf(production);
  const byService = new Map<string, DeploymentRecord[]>();
  for (const d of production) {
    const list = byService.get(d.service);
    list ? list.push(d) : byService.set(d.service, [d]);
  }
  const links = new Map<string, string>();
  const unlinked: IncidentRecord[] = [];
  for (const incident of incidents) {
    let deploymentId: string | undefined;
    if (incident.causedByDeploymentId !== undefined) {
      deploymentId = ids.has(incident.causedByDeploymentId) ? incident.causedByDeploymentId : undefined;
    } else if (rule === 'last_deployment_before' && incident.service !== undefined) {
      deploymentId = lastAtOrBefore(byService.get(incident.service) ?? [], incident.openedAt)?.id;
    }
    if (deploymentId === undefined) {
      unlinked.push(incident);
    } else {
      links.set(incident.id, deploymentId);
    }
  }
  return { links, unlinked };
}
