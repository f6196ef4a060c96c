import type { DataSourceSettings } from '@grafana/data';
import type { SecureKey, TeamMetricsSecureJsonData } from '../../../common/settings';
import type { TeamMetricsOptions } from '../../types';

export type TeamMetricsSettings = DataSourceSettings<TeamMetricsOptions, TeamMetricsSecureJsonData>;

/** Returns new settings with one jsonData key replaced. */
export function setJsonData<K extends keyof TeamMetricsOptions>(
  options: TeamMetricsSettings,
  key: K,
  value: TeamMetricsOptions[K]
): TeamMetricsSettings {
  return { ...options, jsonData: { ...options.jsonData, [key]: value } };
}

/** Returns new settings with a secret typed in (sent once on save, never read back). */
export function setSecret(options: TeamMetricsSettings, key: SecureKey, value: string): TeamMetricsSettings {
  return { ...options, secureJsonData: { ...options.secureJsonData, [key]: value } };
}

/**
 * Returns new settings with a configured secret cleared: Grafana deletes it on save when
 * secureJsonFields[key] is false and secureJsonData[key] is empty.
 */
export function resetSecret(options: TeamMetricsSettings, key: SecureKey): TeamMetricsSettings {
  return {
    ...options,
    secureJsonFields: { ...options.secureJsonFields, [key]: false },
    secureJsonData: { ...options.secureJsonData, [key]: '' },
  };
}
