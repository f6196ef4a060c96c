import type { CatalogEntry } from './types';

/** Placeholder: filled by the planning metrics owner. */
export const PLANNING_METRICS: CatalogEntry[] = [];
