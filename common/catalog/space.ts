import type { CatalogEntry } from './types';

/** Placeholder: filled by the space metrics owner. */
export const SPACE_METRICS: CatalogEntry[] = [];
