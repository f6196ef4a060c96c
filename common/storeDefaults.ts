/** Store & sync defaults and accepted ranges, shared by the backend (which applies them) and the config editor (which shows them). */
import type { SyncedSourceName } from './settings';

export const DEFAULT_BACKFILL_DAYS = 180;
export const DEFAULT_GITHUB_BUDGET_PERCENT = 20;

/** Minutes between syncs: GitHub hourly; the others daily (their data settles over a day). */
export const DEFAULT_INTERVAL_MINUTES: Readonly<Record<SyncedSourceName, number>> = {
  github: 60,
  asana: 1_440,
  notion: 1_440,
  ga4: 1_440,
  hubspot: 1_440,
};

export interface WholeNumberRange {
  min: number;
  max: number;
}

export const BACKFILL_DAYS_RANGE: WholeNumberRange = { min: 1, max: 3_650 };
/** Up to a week between syncs. */
export const INTERVAL_MINUTES_RANGE: WholeNumberRange = { min: 1, max: 10_080 };
export const BUDGET_PERCENT_RANGE: WholeNumberRange = { min: 1, max: 100 };
