import type { SyncedSourceName, TeamMetricsJsonData } from '../../../../common/settings';

export interface SyncedSourceInfo {
  name: SyncedSourceName;
  title: string;
  /** The backend's interval when jsonData.store.intervalMinutes has none (see StoreSettings). */
  defaultIntervalMinutes: number;
}

/** The live sources the store copies, in the editor's order, with their default sync intervals. */
export const SYNCED_SOURCES: readonly SyncedSourceInfo[] = [
  { name: 'github', title: 'GitHub', defaultIntervalMinutes: 60 },
  { name: 'asana', title: 'Asana', defaultIntervalMinutes: 1440 },
  { name: 'notion', title: 'Notion', defaultIntervalMinutes: 1440 },
  { name: 'ga4', title: 'Google Analytics 4', defaultIntervalMinutes: 1440 },
  { name: 'hubspot', title: 'HubSpot', defaultIntervalMinutes: 1440 },
];

export const DEFAULT_BACKFILL_DAYS = 180;
export const DEFAULT_GITHUB_BUDGET_PERCENT = 20;

/** The synced sources switched on in these settings. */
export function enabledSyncedSources(jsonData: TeamMetricsJsonData): SyncedSourceInfo[] {
  return SYNCED_SOURCES.filter((source) => jsonData[source.name]?.enabled);
}
