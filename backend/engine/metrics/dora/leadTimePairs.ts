import type { Notice } from '../../../../common/metricResult';
import type { ChangeRecord, DeploymentRecord, RecordSet } from '../../../../common/records';
import { MS_PER_HOUR } from '../../lib/constants';
import { deployedAt } from '../../lib/deployedAt';
import { dimensionOf } from '../../lib/dimensionOf';
import { deploymentChangeIndex } from '../flow/_lib/changeIndex';
import { memoize } from '../../lib/memoize';
import { productionDeploymentIndexes } from '../../lib/productionDeployments';
import type { GroupByKey } from '../../../../common/query';
import { changeColumnsOf, FIRST_COMMIT, REVERT } from '../flow/_lib/changeColumns';

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
  const changes = changeRecords ?? [];
  const all = deployments ?? [];
  const { offsets, positions } = deploymentChangeIndex(changes, all);
  const production = productionDeploymentIndexes(all);
  const { flags, firstCommitAt, createdAt } = changeColumnsOf(changes);
  // Imported values as locals: the loop runs once per listed change.
  const [revert, firstCommit, msPerHour] = [REVERT, FIRST_COMMIT, MS_PER_HOUR];
  let listed = 0;
  for (let p = 0; p < production.length; p++) {
    listed += offsets[production[p] + 1] - offsets[production[p]];
  }
  const seen = new Map<string, Uint8Array>();
  const pairDeployments: DeploymentRecord[] = [];
  const pairChanges: ChangeRecord[] = [];
  const at = new Float64Array(listed);
  const hours = new Float64Array(listed);
  const skipped = { withoutIds: 0, unknown: 0, fallback: 0, negative: 0 };
  for (let p = 0; p < production.length; p++) {
    const d = production[p];
    const deployment = all[d];
    if (deployment.changeIds === undefined) {
      skipped.withoutIds += 1;
      continue;
    }
    const deployed = deployedAt(deployment);
    let seenInService: Uint8Array | undefined;
    for (let k = offsets[d]; k < offsets[d + 1]; k++) {
      const index = positions[k];
      if (index < 0) {
        skipped.unknown += 1;
      } else if ((flags[index] & revert) === 0 && (seenInService ??= seenOf(seen, deployment.service, changes.length))[index] === 0) {
        seenInService[index] = 1;
        // The change's first commit, else its creation (from the shared columns, not the record).
        const hasFirstCommit = (flags[index] & firstCommit) !== 0;
        const start = hasFirstCommit ? firstCommitAt[index] : createdAt[index];
        skipped.fallback += hasFirstCommit ? 0 : 1;
        const h = (deployed - start) / msPerHour;
        if (h < 0) {
          skipped.negative += 1;
        } else {
          at[pairChanges.length] = deployed;
          hours[pairChanges.length] = h;
          pairDeployments.push(deployment);
          pairChanges.push(changes[index]);
        }
      }
    }
  }
  const n = pairChanges.length;
  return { pairs: { deployments: pairDeployments, changes: pairChanges, deployedAt: at.slice(0, n), hours: hours.slice(0, n) }, notices: noticesOf(skipped) };
});

function noticesOf(skipped: { withoutIds: number; unknown: number; fallback: number; negative: number }): Notice[] {
  const notices: Notice[] = [];
  const note = (count: number, text: string) =>
    count > 0 && notices.push({ severity: 'info', text: `${count} ${text}` });
  note(skipped.withoutIds, 'production deployment(s) list no changes and are left out of lead time.');
  note(skipped.unknown, 'change id(s) on deployments were not found among the pull requests.');
  note(skipped.fallback, 'change(s) have no first-commit time; their lead time starts at PR creation.');
  note(skipped.negative, 'change(s) had a first commit after their deployment (clock skew) and were dropped.');
  return notices;
}

/** The changes already paired in a service, one flag per change index (one per id); created on first use. */
function seenOf(seen: Map<string, Uint8Array>, service: string, changeCount: number): Uint8Array {
  let flags = seen.get(service);
  if (flags === undefined) {
    flags = new Uint8Array(changeCount);
    seen.set(service, flags);
  }
  return flags;
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
