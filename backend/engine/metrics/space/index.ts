import type { MetricComputer } from '../../types';
import { commitsLanded, prsOpened, reviewsGiven } from './activity';
import { crossTeamReviewShare, reviewParticipation } from './collaboration';
import { flowEfficiency } from './flowEfficiency';
import { spaceChangeFailRate, spaceReopenRate } from './performance';
import { satisfaction } from './satisfaction';

export const SPACE_COMPUTERS: Record<string, MetricComputer> = {
  space_prs_opened: prsOpened,
  space_reviews_given: reviewsGiven,
  space_commits: commitsLanded,
  space_review_participation: reviewParticipation,
  space_cross_team_reviews: crossTeamReviewShare,
  space_flow_efficiency: flowEfficiency,
  space_change_fail_rate: spaceChangeFailRate,
  space_reopen_rate: spaceReopenRate,
  space_satisfaction: satisfaction,
};
