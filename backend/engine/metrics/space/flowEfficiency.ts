import type { ChangeRecord } from '../../../../common/records';
import { aggregateMetric } from '../flow/_lib/aggregateMetric';
import { codingTimeMs, pickupTimeMs } from '../flow/_lib/prPhases';
import { teamLevel } from './teamLevel';

/**
 * Active and waiting time of a merged, reviewed PR. Waiting = pickup + first approval → merge;
 * active = coding + first review → first approval (→ merge when never approved). Undefined otherwise.
 *
 * @example prActiveWaiting(pr) // { active: 5 * H, waiting: 3 * H }
 */
export function prActiveWaiting(c: ChangeRecord): { active: number; waiting: number } | undefined {
  const coding = codingTimeMs(c);
  const pickup = pickupTimeMs(c);
  if (coding === undefined || pickup === undefined || c.mergedAt === undefined || c.firstReviewAt === undefined) {
    return undefined;
  }
  const firstReview = c.firstReviewAt;
  const approval = c.approvals.find((a) => a >= firstReview && a <= (c.mergedAt ?? a));
  const reviewEnd = approval ?? c.mergedAt;
  return { active: coding + Math.max(0, reviewEnd - firstReview), waiting: pickup + Math.max(0, c.mergedAt - reviewEnd) };
}

/**
 * SPACE efficiency & flow — flow efficiency: Σ active / Σ (active + waiting) over PRs merged in each bucket
 * that had a review. Source: changes.
 *
 * @example flowEfficiency(records, request) // 0.6
 */
export const flowEfficiency = teamLevel(
  aggregateMetric({
    kind: 'changes',
    unit: 'percentunit',
    valueKind: 'ratio',
    instantOf: (c) => c.mergedAt,
    include: (c) => prActiveWaiting(c) !== undefined,
    aggregate: (cs) => {
      let active = 0;
      let total = 0;
      for (const c of cs) {
        const t = prActiveWaiting(c);
        active += t?.active ?? 0;
        total += (t?.active ?? 0) + (t?.waiting ?? 0);
      }
      return total === 0 ? null : active / total;
    },
  })
);
