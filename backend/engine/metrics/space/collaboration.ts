import { groupsOf, instantsOf } from '../../lib/columns';
import { dimensionOf } from '../../lib/dimensionOf';
import { memoize } from '../../lib/memoize';
import { sumSeries } from '../../lib/sumSeries';
import type { ChangeRecord, ReviewRecord } from '../../../../common/records';
import type { MetricComputer } from '../../types';
import { metricResult, requestBucketing } from '../flow/_lib/result';
import { mergedAtOf } from '../flow/_lib/prPhases';
import { nonAuthorReviews } from './nonAuthorReviews';
import { teamLevel } from './teamLevel';

/**
 * Ids of merged PRs without firstReviewAt that still have a non-author review in the reviews. Memoized per
 * (changes, reviews) arrays: shared and read-only.
 */
const reviewedWithoutFirstReview = memoize(function reviewedWithoutFirstReview(
  changes: readonly ChangeRecord[] | undefined,
  reviews: readonly ReviewRecord[] | undefined
): ReadonlySet<string> {
  const unsure = new Map<string, string>();
  const cs = changes ?? [];
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (c.mergedAt !== undefined && c.firstReviewAt === undefined) {
      unsure.set(c.id, c.author);
    }
  }
  const reviewed = new Set<string>();
  const rs = reviews ?? [];
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i];
    const author = unsure.get(r.changeId);
    if (author !== undefined && r.reviewer !== author) {
      reviewed.add(r.changeId);
    }
  }
  return reviewed;
});

const participated = memoize(function participated(
  changes: readonly ChangeRecord[],
  reviews: readonly ReviewRecord[] | undefined
): Float64Array {
  const reviewed = reviewedWithoutFirstReview(changes, reviews);
  const flags = new Float64Array(changes.length);
  for (let i = 0; i < changes.length; i++) {
    flags[i] = changes[i].firstReviewAt !== undefined || reviewed.has(changes[i].id) ? 1 : 0;
  }
  return flags;
});

const participationRaw: MetricComputer = (records, request) => {
  const changes = records.changes ?? [];
  const columns = { instants: instantsOf(changes, mergedAtOf), numerators: participated(changes, records.reviews) };
  const groups = request.groupBy === 'none' ? [] : groupsOf(changes, dimensionOf, request.groupBy);
  const series = sumSeries(columns, (i) => groups[i], requestBucketing(records, request), request.groupBy, 'ratio',
    (reviewed, _, prs) => reviewed / prs);
  return metricResult(request, 'percentunit', series);
};

/**
 * SPACE collaboration — review participation: share of PRs merged in each bucket that had at least one
 * review by someone other than the author. Sources: changes, reviews.
 *
 * @example reviewParticipation(records, request) // 0.95
 */
export const reviewParticipation = teamLevel(participationRaw);

const crossTeamRaw: MetricComputer = (records, request) => {
  const { withTeams, crossTeam } = nonAuthorReviews(records);
  const groups = request.groupBy === 'none' ? [] : groupsOf(records.reviews ?? [], dimensionOf, request.groupBy);
  const series = sumSeries({ instants: withTeams, numerators: crossTeam }, (i) => groups[i], requestBucketing(records, request),
    request.groupBy, 'ratio', (cross, _, reviews) => cross / reviews);
  return metricResult(request, 'percentunit', series);
};

/**
 * SPACE collaboration — cross-team review share: non-author reviews whose reviewer's team differs from the
 * PR's team / non-author reviews where both teams are known; grouped by the reviewer's team. Sources: changes, reviews.
 *
 * @example crossTeamReviewShare(records, request) // 0.15
 */
export const crossTeamReviewShare = teamLevel(crossTeamRaw);
