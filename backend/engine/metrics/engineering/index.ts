import type { MetricComputer } from '../../types';
import { deployFrequency } from './deployFrequency';
import { incidentsMtd } from './incidentsMtd';
import { bugCountOpen, techDebtOpen } from './openItemsOfType';
import { sprintVelocity } from './sprintVelocity';
import { sprintVelocityConsistency } from './sprintVelocityConsistency';

export const ENGINEERING_COMPUTERS: Record<string, MetricComputer> = {
  sprint_velocity: sprintVelocity,
  sprint_velocity_consistency: sprintVelocityConsistency,
  bug_count_open: bugCountOpen,
  deploy_frequency: deployFrequency,
  tech_debt_open: techDebtOpen,
  incidents_mtd: incidentsMtd,
};
