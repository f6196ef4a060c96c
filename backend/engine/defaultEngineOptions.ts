import type { EngineOptions } from './types';

/**
 * Engine options when the data source settings say nothing. Incidents without an explicit link are blamed
 * on the last production deployment of their service before they opened (DevLake's rule), because label-based
 * incidents rarely carry a link and CFR would otherwise read 0%.
 */
export const defaultEngineOptions: EngineOptions = {
  tierPreset: '2024',
  featureReleaseDefinition: 'releases',
  scopedStatus: 'Scoped',
  incidentLinking: 'last_deployment_before',
  documentDateBasis: 'completed',
  targets: {},
};
