import type { CatalogEntry } from './types';

export const SEED_METRICS: CatalogEntry[] = [];
