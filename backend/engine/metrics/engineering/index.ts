import type { MetricComputer } from '../../types';

export const ENGINEERING_COMPUTERS: Record<string, MetricComputer> = {};
