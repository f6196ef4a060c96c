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
  readonly pairs: LeadTimePairs;
  readonly notices: readonly Notice[];
}

/** The (deployment, change) pairs as columns: pair i is (deployments[i], changes[i]), deployed at deployedAt[i]. */
export interface LeadTimePairs {
  readonly deployments: readonly DeploymentRecord[];
  readonly changes: readonly ChangeRecord[];
  readonly deployedAt: Float64Array;
  readonly hours: Float64Array;
}

const pairsOf = memoize(function pairsOf(
  changeRecords: readonly ChangeRecord[] | undefined,
  deployments: readonly DeploymentRecord[] | undefined
): LeadTimeAnalysis {
  const changes = changesById(changeRecords ?? []);
  const seen = new Map<string, Set<string>>();
  const pairs = { deployments: [] as DeploymentRecord[], changes: [] as ChangeRecord[], deployedAt: [] as number[], hours: [] as number[] };
  let withoutIds = 0;
  let unknown = 0;
  let fallback = 0;
  let negative = 0;
  const production = productionDeployments(deployments ?? []);
  for (let d = 0; d < production.length; d++) {
    const deployment = production[d];
    if (deployment.changeIds === undefined) {
      withoutIds += 1;
      continue;
    }
    for (let k = 0; k < deployment.changeIds.length; k++) {
      const id = deployment.changeIds[k];
      const change = changes.get(id);
      if (change === undefined) {
        unknown += 1;
      } else if (change.revertOf === undefined && firstTime(seen, deployment.service, id)) {
        const start = change.firstCommitAt ?? change.createdAt;
        fallback += change.firstCommitAt === undefined ? 1 : 0;
        const hours = (deployedAt(deployment) - start) / MS_PER_HOUR;
        if (hours < 0) {
          negative += 1;
        } else {
          pairs.deployments.push(deployment);
          pairs.changes.push(change);
          pairs.deployedAt.push(deployedAt(deployment));
          pairs.hours.push(hours);
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
  const { deployments: ds, changes: cs } = pairs;
  return { pairs: { deployments: ds, changes: cs, deployedAt: Float64Array.from(pairs.deployedAt), hours: Float64Array.from(pairs.hours) }, notices };
});

/** True the first time (service, change id) is seen; records it. */
function firstTime(seen: Map<string, Set<string>>, service: string, id: string): boolean {
  let ids = seen.get(service);
  if (ids === undefined) {
    ids = new Set();
    seen.set(service, ids);
  }
  const first = !ids.has(id);
  ids.add(id);
  return first;
}

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

/**
 * Group of each lead-time pair: the deployment's dimension, else the change's (e.g. team of the author).
 * Memoized per (pairs, groupBy): shared and read-only.
 */
export const leadTimeGroups = memoize(function leadTimeGroups(pairs: LeadTimePairs, groupBy: GroupByKey): ReadonlyArray<string | undefined> {
  return pairs.deployments.map((deployment, i) => dimensionOf(deployment, groupBy) ?? dimensionOf(pairs.changes[i], groupBy));
});
