import type { CatalogEntry } from './types';

export const ENGINEERING_METRICS: CatalogEntry[] = [];
