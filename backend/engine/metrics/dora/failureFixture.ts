/** Shared hand-made fixture for change fail rate, recovery time and rework rate tests. */
import type { RecordSet } from '../../../../common/records';
import { change, deployment, incident, utc } from '../../testing/fixtures';

export const failureRecords: RecordSet = {
  deployments: [
    deployment('d1', utc(2026, 2, 2, 10)), // W1; blamed for i3 only under last_deployment_before
    deployment('d2', utc(2026, 2, 3, 10)), // W1; incident i1 (explicit), resolved 3 Mar 14:00 → 4 h
    deployment('d3', utc(2026, 2, 4, 10)), // W1; rolled back by d4 → recovered 5 Mar 10:00 → 24 h
    deployment('d4', utc(2026, 2, 5, 10), { rollbackOf: 'd3' }), // W1; unplanned (rollback)
    deployment('dF', utc(2026, 2, 6, 10), { status: 'failure' }), // pipeline failure: not a production deployment
    deployment('dS', utc(2026, 2, 6, 11), { environment: 'staging', production: false }),
    deployment('d5', utc(2026, 2, 10, 10), { service: 'web', changeIds: ['c5'] }), // W2; c5 reverted by c6
    deployment('d6', utc(2026, 2, 11, 10), { service: 'web', changeIds: ['c6'], unplanned: true }), // W2; recovers d5 → 24 h
  ],
  incidents: [
    incident('i1', utc(2026, 2, 3, 11), {
      service: 'api',
      causedByDeploymentId: 'd2',
      resolvedAt: utc(2026, 2, 3, 14),
    }),
    incident('i2', utc(2026, 2, 4, 12), { service: 'db' }), // no deployment of db: never linked
    incident('i3', utc(2026, 2, 2, 15), { service: 'api' }), // no explicit link, unresolved
  ],
  changes: [change('c5'), change('c6', { revertOf: 'c5', mergedAt: utc(2026, 2, 11, 9) })],
};
