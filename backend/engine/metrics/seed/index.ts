import type { MetricComputer } from '../../types';

export const SEED_COMPUTERS: Record<string, MetricComputer> = {};
