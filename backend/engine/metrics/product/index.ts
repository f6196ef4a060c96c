import type { MetricComputer } from '../../types';

/** Placeholder: filled by the product metrics owner. */
export const PRODUCT_COMPUTERS: Record<string, MetricComputer> = {};
