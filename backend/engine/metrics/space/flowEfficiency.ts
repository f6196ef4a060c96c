import type { ChangeRecord } from '../../../../common/records';
import { groupsOf } from '../../lib/columns';
import { dimensionOf } from '../../lib/dimensionOf';
import { memoize } from '../../lib/memoize';
import { sumSeries, type SumColumns } from '../../lib/sumSeries';
import type { MetricComputer } from '../../types';
import { codingTimeMs, pickupTimeMs } from '../flow/_lib/prPhases';
import { metricResult, requestBucketing } from '../flow/_lib/result';
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

/** Active time and active + waiting time of each PR as columns (merge instant NaN where prActiveWaiting is undefined). */
const activeWaitingOf = memoize((changes: readonly ChangeRecord[]): Required<SumColumns> => {
  const instants = new Float64Array(changes.length).fill(Number.NaN);
  const numerators = new Float64Array(changes.length);
  const denominators = new Float64Array(changes.length);
  changes.forEach((c, i) => {
    const t = prActiveWaiting(c);
    if (t !== undefined) {
      instants[i] = c.mergedAt ?? Number.NaN;
      numerators[i] = t.active;
      denominators[i] = t.active + t.waiting;
    }
  });
  return { instants, numerators, denominators };
});

const flowEfficiencyRaw: MetricComputer = (records, request) => {
  const changes = records.changes ?? [];
  const groups = request.groupBy === 'none' ? [] : groupsOf(changes, dimensionOf, request.groupBy);
  const series = sumSeries(activeWaitingOf(changes), (i) => groups[i], requestBucketing(records, request), request.groupBy, 'ratio',
    (active, total) => (total === 0 ? null : active / total));
  return metricResult(request, 'percentunit', series);
};

/**
 * SPACE efficiency & flow — flow efficiency: Σ active / Σ (active + waiting) over PRs merged in each bucket
 * that had a review. Source: changes.
 *
 * @example flowEfficiency(records, request) // 0.6
 */
export const flowEfficiency = teamLevel(flowEfficiencyRaw);
