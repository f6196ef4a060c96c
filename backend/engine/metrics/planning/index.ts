import type { MetricComputer } from '../../types';

/** Placeholder: filled by the planning metrics owner. */
export const PLANNING_COMPUTERS: Record<string, MetricComputer> = {};
