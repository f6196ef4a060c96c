import React from 'react';
import { Badge, type BadgeColor, type IconName } from '@grafana/ui';
import type { SourceSyncState, SourceSyncView } from '../../../../common/syncStatus';

const APPEARANCE: Record<SourceSyncState, { color: BadgeColor; icon: IconName; text: string }> = {
  ok: { color: 'green', icon: 'check', text: 'OK' },
  backfilling: { color: 'blue', icon: 'history', text: 'Backfilling' },
  syncing: { color: 'blue', icon: 'sync', text: 'Syncing' },
  failed: { color: 'red', icon: 'exclamation-triangle', text: 'Failed' },
  stale: { color: 'orange', icon: 'clock-nine', text: 'Stale' },
  synced_elsewhere: { color: 'purple', icon: 'share-alt', text: 'Synced elsewhere' },
};

const TOOLTIPS: Partial<Record<SourceSyncState, string>> = {
  backfilling: 'Copying the backfill window; queries ask the provider directly until it is done.',
  stale: 'No successful sync for more than twice the interval; queries read what the store has.',
  synced_elsewhere: 'Another Grafana instance holds the sync lock of the shared store.',
};

/** A source's sync state; backfilling shows its progress. */
export function SyncStateBadge({ view }: { view: SourceSyncView }) {
  const { color, icon, text } = APPEARANCE[view.state];
  const progress =
    view.state === 'backfilling' && view.progress !== undefined ? ` ${Math.floor(view.progress * 100)}%` : '';
  const tooltip = view.state === 'failed' ? view.lastError : TOOLTIPS[view.state];
  return <Badge color={color} icon={icon} text={`${text}${progress}`} tooltip={tooltip} />;
}
