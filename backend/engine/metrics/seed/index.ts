import type { MetricComputer } from '../../types';
import { bizsupCompleted } from './bizsupCompleted';
import { featureReleases } from './featureReleases';
import { featuresFullyScoped } from './featuresFullyScoped';
import { fsdsGenerated, prdsGenerated } from './specsGenerated';

export const SEED_COMPUTERS: Record<string, MetricComputer> = {
  features_fully_scoped: featuresFullyScoped,
  bizsup_completed: bizsupCompleted,
  prds_generated: prdsGenerated,
  fsds_generated: fsdsGenerated,
  feature_releases: featureReleases,
};
