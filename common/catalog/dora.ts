import type { CatalogEntry } from './types';

export const DORA_METRICS: CatalogEntry[] = [];
