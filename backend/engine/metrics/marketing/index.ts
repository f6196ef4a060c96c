import type { MetricComputer } from '../../types';

/** Placeholder: filled by the marketing metrics owner. */
export const MARKETING_COMPUTERS: Record<string, MetricComputer> = {};
