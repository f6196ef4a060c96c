import type { MetricComputer } from '../../types';

export const DORA_COMPUTERS: Record<string, MetricComputer> = {};
