/** Metric id → computer, merged from the family registries. The catalog lists the same ids (see registry.test.ts). */
import { DORA_COMPUTERS } from './metrics/dora';
import { ENGINEERING_COMPUTERS } from './metrics/engineering';
import { FLOW_COMPUTERS } from './metrics/flow';
import { MARKETING_COMPUTERS } from './metrics/marketing';
import { PLANNING_COMPUTERS } from './metrics/planning';
import { PRODUCT_COMPUTERS } from './metrics/product';
import { SEED_COMPUTERS } from './metrics/seed';
import { SPACE_COMPUTERS } from './metrics/space';
import type { MetricComputer } from './types';

export const FAMILY_REGISTRIES: Record<string, Record<string, MetricComputer>> = {
  seed: SEED_COMPUTERS,
  engineering: ENGINEERING_COMPUTERS,
  dora: DORA_COMPUTERS,
  flow: FLOW_COMPUTERS,
  space: SPACE_COMPUTERS,
  planning: PLANNING_COMPUTERS,
  marketing: MARKETING_COMPUTERS,
  product: PRODUCT_COMPUTERS,
};

export const REGISTRY: Record<string, MetricComputer> = Object.assign({}, ...Object.values(FAMILY_REGISTRIES));
