import type { FilterKey } from '../../../common/query';
import type { RecordKind } from '../../../common/records';

/** Which filter dimensions each record kind carries. A filter on a dimension a kind lacks leaves that kind alone. */
export const KIND_DIMENSIONS: Record<RecordKind, readonly FilterKey[]> = {
  changes: ['repo', 'team', 'person'],
  reviews: ['repo', 'team', 'person'],
  deployments: ['repo', 'team', 'service', 'environment'],
  incidents: ['team', 'service'],
  releases: ['repo'],
  workItems: ['project', 'team', 'person'],
  sprints: ['project', 'team'],
  documents: ['team'],
  webTraffic: ['device', 'channel'],
  emailStats: ['campaign'],
  productEvents: ['category'],
  manualValues: ['team'],
};
