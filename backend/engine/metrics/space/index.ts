import type { MetricComputer } from '../../types';

/** Placeholder: filled by the space metrics owner. */
export const SPACE_COMPUTERS: Record<string, MetricComputer> = {};
