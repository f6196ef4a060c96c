import type { SyncedSourceName, TeamMetricsJsonData } from '../../../../common/settings';
import { DEFAULT_INTERVAL_MINUTES } from '../../../../common/storeDefaults';

export { DEFAULT_BACKFILL_DAYS, DEFAULT_GITHUB_BUDGET_PERCENT } from '../../../../common/storeDefaults';

export interface SyncedSourceInfo {
  name: SyncedSourceName;
  title: string;
  /** The backend's interval when jsonData.store.intervalMinutes has none (see StoreSettings). */
  defaultIntervalMinutes: number;
}

/** The live sources the store copies, in the editor's order, with their default sync intervals. */
export const SYNCED_SOURCES: readonly SyncedSourceInfo[] = [
  { name: 'github', title: 'GitHub', defaultIntervalMinutes: DEFAULT_INTERVAL_MINUTES.github },
  { name: 'asana', title: 'Asana', defaultIntervalMinutes: DEFAULT_INTERVAL_MINUTES.asana },
  { name: 'notion', title: 'Notion', defaultIntervalMinutes: DEFAULT_INTERVAL_MINUTES.notion },
  { name: 'ga4', title: 'Google Analytics 4', defaultIntervalMinutes: DEFAULT_INTERVAL_MINUTES.ga4 },
  { name: 'hubspot', title: 'HubSpot', defaultIntervalMinutes: DEFAULT_INTERVAL_MINUTES.hubspot },
];


/** The synced sources switched on in these settings. */
export function enabledSyncedSources(jsonData: TeamMetricsJsonData): SyncedSourceInfo[] {
  return SYNCED_SOURCES.filter((source) => jsonData[source.name]?.enabled);
}
