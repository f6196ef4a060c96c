import type { IncidentRecord, IncidentSeverity } from '../../../../common/records';
import { pick, pickWeighted, type Rng } from './prng';
import { flat } from './strings';
import type { DemoService } from './types';

const SEVERITIES: IncidentSeverity[] = ['critical', 'high', 'medium', 'low'];
const SYMPTOMS = ['Elevated 5xx rate', 'Latency spike', 'Checkout failures', 'Login errors', 'Stale dashboards',
  'Queue backlog', 'Crash on launch', 'Webhook delivery delayed'];

/** An open incident on `service`; the caller sets `resolvedAt` once the remediation lands. */
export function makeIncident(
  rng: Rng,
  id: string,
  service: DemoService,
  openedAt: number,
  causedByDeploymentId: string | undefined
): IncidentRecord {
  return {
    id,
    source: 'demo',
    title: flat(pick(rng, SYMPTOMS), ' in ', service.name),
    service: service.name,
    team: service.team,
    severity: SEVERITIES[pickWeighted(rng, [0.05, 0.2, 0.45, 0.3])],
    openedAt,
    causedByDeploymentId,
  };
}
