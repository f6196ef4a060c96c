/** The metric catalog: the single list that query types, dashboards, alert rules and panel texts come from. */
import { DORA_METRICS } from './dora';
import { ENGINEERING_METRICS } from './engineering';
import { FLOW_METRICS } from './flow';
import { MARKETING_METRICS } from './marketing';
import { PLANNING_METRICS } from './planning';
import { PRODUCT_METRICS } from './product';
import { SEED_METRICS } from './seed';
import { SPACE_METRICS } from './space';
import type { CatalogEntry } from './types';

export type { CatalogEntry } from './types';

export const CATALOG: CatalogEntry[] = [
  ...SEED_METRICS,
  ...ENGINEERING_METRICS,
  ...DORA_METRICS,
  ...FLOW_METRICS,
  ...SPACE_METRICS,
  ...PLANNING_METRICS,
  ...MARKETING_METRICS,
  ...PRODUCT_METRICS,
];

const BY_ID = new Map(CATALOG.map((entry) => [entry.id, entry]));

/** The catalog entry of a metric id, or undefined when there is none. */
export function getCatalogEntry(id: string): CatalogEntry | undefined {
  return BY_ID.get(id);
}
