import type { CatalogEntry } from './types';

/** Placeholder: filled by the flow metrics owner. */
export const FLOW_METRICS: CatalogEntry[] = [];
