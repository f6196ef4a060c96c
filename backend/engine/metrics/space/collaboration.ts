import { groupsOf } from '../../lib/columns';
import { dimensionOf } from '../../lib/dimensionOf';
import { sumSeries } from '../../lib/sumSeries';
import type { MetricComputer } from '../../types';
import { metricResult, requestBucketing } from '../flow/_lib/result';
import { mergedAtColumn } from '../flow/_lib/changeColumns';
import { reviewColumns } from '../flow/_lib/reviewColumns';
import { nonAuthorReviews } from './nonAuthorReviews';
import { teamLevel } from './teamLevel';

const participationRaw: MetricComputer = (records, request) => {
  const changes = records.changes ?? [];
  const columns = { instants: mergedAtColumn(changes), numerators: reviewColumns(records).participated };
  const groups = request.groupBy === 'none' ? [] : groupsOf(changes, dimensionOf, request.groupBy);
  const series = sumSeries(columns, groups, requestBucketing(records, request), request.groupBy, 'ratio',
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
  const series = sumSeries({ instants: withTeams, numerators: crossTeam }, groups, requestBucketing(records, request),
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
