import type { MetricComputer } from '../../types';
import { changeFailRate } from './changeFailRate';
import { deploymentDays } from './deploymentDays';
import { deploymentFrequency } from './deploymentFrequency';
import { leadTimeMedian, leadTimeP90 } from './leadTime';
import { recoveryTime } from './recoveryTime';
import { reworkRate } from './reworkRate';

export const DORA_COMPUTERS: Record<string, MetricComputer> = {
  dora_deployment_frequency: deploymentFrequency,
  dora_deployment_days: deploymentDays,
  dora_lead_time_median: leadTimeMedian,
  dora_lead_time_p90: leadTimeP90,
  dora_change_fail_rate: changeFailRate,
  dora_recovery_time: recoveryTime,
  dora_rework_rate: reworkRate,
};
