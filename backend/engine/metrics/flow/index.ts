import type { MetricComputer } from '../../types';
import { issueCycleTime } from './issueCycleTime';
import { prCodingTime } from './prCodingTime';
import { prCycleTime } from './prCycleTime';
import { prDeployTime } from './prDeployTime';
import { prPickupTime } from './prPickupTime';
import { prReopenRate } from './prReopenRate';
import { prReviewDepth } from './prReviewDepth';
import { prReviewTime } from './prReviewTime';
import { prSize } from './prSize';
import { prThroughput } from './prThroughput';
import { prWip } from './prWip';
import { timeToFirstReview } from './timeToFirstReview';

export const FLOW_COMPUTERS: Record<string, MetricComputer> = {
  pr_cycle_time: prCycleTime,
  pr_coding_time: prCodingTime,
  pr_pickup_time: prPickupTime,
  pr_review_time: prReviewTime,
  pr_deploy_time: prDeployTime,
  pr_time_to_first_review: timeToFirstReview,
  pr_review_depth: prReviewDepth,
  pr_size: prSize,
  pr_reopen_rate: prReopenRate,
  pr_throughput: prThroughput,
  pr_wip: prWip,
  issue_cycle_time: issueCycleTime,
};
