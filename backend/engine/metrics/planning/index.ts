import type { MetricComputer } from '../../types';
import { blockedItemAge } from './blockedItemAge';
import { carryover } from './carryover';
import { plannedVsDone } from './plannedVsDone';
import { scopeChange } from './scopeChange';

export const PLANNING_COMPUTERS: Record<string, MetricComputer> = {
  sprint_planned_vs_done: plannedVsDone,
  sprint_scope_change: scopeChange,
  sprint_carryover: carryover,
  blocked_item_age: blockedItemAge,
};
