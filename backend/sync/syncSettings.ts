/** The store and sync settings with their defaults applied (common/settings.ts StoreSettings). */
import type { StoreSettings, SyncedSourceName } from '../../common/settings';
import { DEFAULT_BACKFILL_DAYS, DEFAULT_GITHUB_BUDGET_PERCENT, DEFAULT_INTERVAL_MINUTES } from '../../common/storeDefaults';
/** The hourly limit of a GitHub token or App installation (github.com REST and GraphQL, points ≈ requests). */
export const GITHUB_HOURLY_LIMIT = 5_000;

export const SYNCED_SOURCES = Object.keys(DEFAULT_INTERVAL_MINUTES) as SyncedSourceName[];

export interface ResolvedSyncSettings {
  mode: NonNullable<StoreSettings['mode']>;
  backfillDays: number;
  intervalMinutes: Record<SyncedSourceName, number>;
  /** Upstream requests per rolling hour a source's sync may make; undefined = unlimited. */
  budgetPerHour: Partial<Record<SyncedSourceName, number>>;
}

const positive = (value: number | undefined, fallback: number) => (value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback);

export function resolveSyncSettings(settings: StoreSettings | undefined): ResolvedSyncSettings {
  const intervalMinutes = { ...DEFAULT_INTERVAL_MINUTES };
  for (const source of SYNCED_SOURCES) {
    intervalMinutes[source] = positive(settings?.intervalMinutes?.[source], DEFAULT_INTERVAL_MINUTES[source]);
  }
  const percent = Math.min(100, Math.max(1, positive(settings?.githubBudgetPercent, DEFAULT_GITHUB_BUDGET_PERCENT)));
  return {
    mode: settings?.mode ?? 'embedded',
    backfillDays: positive(settings?.backfillDays, DEFAULT_BACKFILL_DAYS),
    intervalMinutes,
    budgetPerHour: { github: Math.floor((GITHUB_HOURLY_LIMIT * percent) / 100) },
  };
}

export function isSyncedSource(name: string): name is SyncedSourceName {
  return (SYNCED_SOURCES as string[]).includes(name);
}
