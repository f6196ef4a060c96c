import type { Notice } from '../../../../common/metricResult';
import type { ChangeRecord, DeploymentRecord, RecordSet } from '../../../../common/records';
import { MS_PER_HOUR } from '../../lib/constants';
import { deployedAt } from '../../lib/deployedAt';
import { dimensionOf } from '../../lib/dimensionOf';
import { changesById } from '../../lib/changesById';
import { memoize } from '../../lib/memoize';
import { productionDeployments } from '../../lib/productionDeployments';
import type { GroupByKey } from '../../../../common/query';

export interface LeadTimeAnalysis {
  readonly pairs: readonly LeadTimePair[];
  readonly notices: readonly Notice[];
}

export interface LeadTimePair {
  deployment: DeploymentRecord;
  change: ChangeRecord;
  deployedAt: number;
  hours: number;
}

const pairsOf = memoize(function pairsOf(
  changeRecords: readonly ChangeRecord[] | undefined,
  deployments: readonly DeploymentRecord[] | undefined
): LeadTimeAnalysis {
  const changes = changesById(changeRecords ?? []);
  const seen = new Set<string>();
  const pairs: LeadTimePair[] = [];
  let withoutIds = 0;
  let unknown = 0;
  let fallback = 0;
  let negative = 0;
  for (const deployment of productionDeployments(deployments ?? [])) {
    if (deployment.changeIds === undefined) {
      withoutIds += 1;
      continue;
    }
    for (const id of deployment.changeIds) {
      const change = changes.get(id);
      const key = `${deployment.service}\u0000${id}`;
      if (change === undefined) {
        unknown += 1;
      } else if (change.revertOf === undefined && !seen.has(key)) {
        seen.add(key);
        const start = change.firstCommitAt ?? change.createdAt;
        fallback += change.firstCommitAt === undefined ? 1 : 0;
        const hours = (deployedAt(deployment) - start) / MS_PER_HOUR;
        if (hours < 0) {
          negative += 1;
        } else {
          pairs.push({ deployment, change, deployedAt: deployedAt(deployment), hours });
        }
      }
    }
  }
  const notices: Notice[] = [];
  const note = (count: number, text: string) =>
    count > 0 && notices.push({ severity: 'info', text: `${count} ${text}` });
  note(withoutIds, 'production deployment(s) list no changes and are left out of lead time.');
  note(unknown, 'change id(s) on deployments were not found among the pull requests.');
  note(fallback, 'change(s) have no first-commit time; their lead time starts at PR creation.');
  note(negative, 'change(s) had a first commit after their deployment (clock skew) and were dropped.');
  return { pairs, notices };
});

/**
 * (production deployment, change) pairs for change lead time. Only the changeIds a deployment lists count,
 * so a service's first production deployment does not swallow its history. A change counts once per service
 * (its first production deployment). Revert PRs are remediation and are skipped. Lead time starts at the first
 * commit, else at PR creation. Negative lead times (clock skew) are dropped. Notices count what was skipped.
 * Memoized per (changes, deployments) arrays: the result is shared and read-only.
 */
export function leadTimePairs(records: RecordSet): LeadTimeAnalysis {
  return pairsOf(records.changes, records.deployments);
}

/** Group of a lead-time pair: the deployment's dimension, else the change's (e.g. team of the author). */
export function leadTimeGroup(groupBy: GroupByKey): (pair: LeadTimePair) => string | undefined {
  return (pair) => dimensionOf(pair.deployment, groupBy) ?? dimensionOf(pair.change, groupBy);
}
