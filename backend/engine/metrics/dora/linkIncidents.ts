import type { DeploymentRecord, IncidentRecord } from '../../../../common/records';
import { deployedAt } from '../../lib/deployedAt';
import type { EngineOptions } from '../../types';

export interface IncidentLinks {
  /** incident id → id of the production deployment that caused it */
  links: Map<string, string>;
  unlinked: IncidentRecord[];
}

/**
 * Links incidents to the production deployment that caused them: the explicit causedByDeploymentId when it
 * names one of `production`; otherwise, under 'last_deployment_before', the last production deployment of the
 * incident's service at or before it opened. Incidents without a service or a candidate stay unlinked.
 * `production` must be sorted by deployment time (see productionDeployments).
 */
export function linkIncidents(incidents: readonly IncidentRecord[], production: readonly DeploymentRecord[], rule: EngineOptions['incidentLinking']): IncidentLinks {
  const ids = new Set(production.map((d) => d.id));
  const links = new Map<string, string>();
  const unlinked: IncidentRecord[] = [];
  for (const incident of incidents) {
    let deploymentId: string | undefined;
    if (incident.causedByDeploymentId !== undefined) {
      deploymentId = ids.has(incident.causedByDeploymentId) ? incident.causedByDeploymentId : undefined;
    } else if (rule === 'last_deployment_before' && incident.service !== undefined) {
      deploymentId = production.filter((d) => d.service === incident.service && deployedAt(d) <= incident.openedAt).at(-1)?.id;
    }
    if (deploymentId === undefined) {
      unlinked.push(incident);
    } else {
      links.set(incident.id, deploymentId);
    }
  }
  return { links, unlinked };
}
