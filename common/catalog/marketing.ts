import type { CatalogEntry } from './types';

/** Placeholder: filled by the marketing metrics owner. */
export const MARKETING_METRICS: CatalogEntry[] = [];
