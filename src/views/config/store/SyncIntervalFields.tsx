import React from 'react';
import { Text } from '@grafana/ui';
import type { StoreSettings } from '../../../../common/settings';
import { CheckedNumberField } from './CheckedNumberField';
import { INTERVAL_MINUTES_RANGE } from './storeValidation';
import type { SyncedSourceInfo } from './syncedSources';

type Intervals = NonNullable<StoreSettings['intervalMinutes']>;

interface Props {
  sources: SyncedSourceInfo[];
  intervals?: Intervals;
  /** Undefined when no source has its own interval any more. */
  onChange: (intervals: Intervals | undefined) => void;
}

function withInterval(intervals: Intervals, name: keyof Intervals, minutes: number | undefined): Intervals | undefined {
  const next: Intervals = { ...intervals, [name]: minutes };
  if (minutes === undefined) {
    delete next[name];
  }
  return Object.keys(next).length > 0 ? next : undefined;
}

/** Minutes between syncs for each enabled live source, the defaults as placeholders. */
export function SyncIntervalFields({ sources, intervals = {}, onChange }: Props) {
  if (sources.length === 0) {
    return (
      <Text color="secondary" element="p">
        Enable a live source above (GitHub, Asana, Notion, Google Analytics 4, HubSpot) to set how often it syncs.
      </Text>
    );
  }
  return (
    <>
      {sources.map(({ name, title, defaultIntervalMinutes }) => (
        <CheckedNumberField
          key={name}
          id={`teammetrics-store-interval-${name}`}
          label={`${title} sync interval (minutes)`}
          value={intervals[name]}
          placeholder={String(defaultIntervalMinutes)}
          range={INTERVAL_MINUTES_RANGE}
          onChange={(minutes) => onChange(withInterval(intervals, name, minutes))}
        />
      ))}
    </>
  );
}
