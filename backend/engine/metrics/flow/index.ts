import type { MetricComputer } from '../../types';

/** Placeholder: filled by the flow metrics owner. */
export const FLOW_COMPUTERS: Record<string, MetricComputer> = {};
