import React from 'react';
import type { StoreSettings } from '../../../../common/settings';
import { CheckedNumberField } from './CheckedNumberField';
import { BACKFILL_DAYS_RANGE, BUDGET_PERCENT_RANGE } from './storeValidation';
import { DEFAULT_BACKFILL_DAYS, DEFAULT_GITHUB_BUDGET_PERCENT, type SyncedSourceInfo } from './syncedSources';
import { SyncIntervalFields } from './SyncIntervalFields';

interface Props {
  settings: StoreSettings;
  /** The enabled live sources. */
  sources: SyncedSourceInfo[];
  onChange: (patch: Partial<StoreSettings>) => void;
}

/** How far back the first sync goes, how often each source syncs and how much of GitHub's rate limit it may use. */
export function SyncScheduleFields({ settings, sources, onChange }: Props) {
  const hasGitHub = sources.some((source) => source.name === 'github');
  return (
    <>
      <CheckedNumberField
        id="teammetrics-store-backfill"
        label="Backfill (days)"
        description="How far back the first sync of a source copies."
        value={settings.backfillDays}
        placeholder={String(DEFAULT_BACKFILL_DAYS)}
        range={BACKFILL_DAYS_RANGE}
        onChange={(backfillDays) => onChange({ backfillDays })}
      />
      {hasGitHub && (
        <CheckedNumberField
          id="teammetrics-store-github-budget"
          label="GitHub budget (%)"
          description="Share of GitHub's hourly rate limit the sync may use; dashboards and other tools keep the rest."
          value={settings.githubBudgetPercent}
          placeholder={String(DEFAULT_GITHUB_BUDGET_PERCENT)}
          range={BUDGET_PERCENT_RANGE}
          onChange={(githubBudgetPercent) => onChange({ githubBudgetPercent })}
        />
      )}
      <SyncIntervalFields
        sources={sources}
        intervals={settings.intervalMinutes}
        onChange={(intervalMinutes) => onChange({ intervalMinutes })}
      />
    </>
  );
}
