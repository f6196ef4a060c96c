import type { CatalogEntry } from './types';

/** Placeholder: filled by the product metrics owner. */
export const PRODUCT_METRICS: CatalogEntry[] = [];
