import React from 'react';
import { Alert, Button, LoadingPlaceholder, Stack, Text } from '@grafana/ui';
import type { SyncStatusResponse } from '../../../../common/syncStatus';
import { SYNCED_SOURCES } from './syncedSources';
import { SyncStatusTable } from './SyncStatusTable';
import type { SyncStatusState } from './useSyncStatus';

function describeStore({ mode, location }: SyncStatusResponse['store']): string {
  const where = location ? ` at ${location}` : '';
  switch (mode) {
    case 'embedded':
      return `Embedded store${where}.`;
    case 'postgres':
      return `PostgreSQL store${where}.`;
    case 'off':
      return 'The store is off: every refresh calls the providers.';
  }
}

function errorTitle(sync: SyncStatusState): string {
  const title = SYNCED_SOURCES.find((source) => source.name === sync.failedSource)?.title;
  return title ? `Could not start syncing ${title}` : 'Could not load the sync status';
}

/** The saved data source's sync status (`GET sync`) with a refresh and a "Sync now" per source. */
export function SyncStatusPanel({ sync }: { sync: SyncStatusState }) {
  if (sync.unsaved) {
    return (
      <Alert severity="info" title="Save the data source first">
        The sync status comes from the plugin backend, which can only be asked once the data source is saved.
      </Alert>
    );
  }
  const { value } = sync;
  return (
    <Stack direction="column" gap={1}>
      <Stack direction="row" alignItems="center" justifyContent="space-between">
        <Text color="secondary">{value ? describeStore(value.store) : 'Sync status'}</Text>
        <Button size="sm" variant="secondary" icon="sync" disabled={sync.loading} onClick={sync.refresh}>
          Refresh
        </Button>
      </Stack>
      {sync.error && (
        <Alert severity="error" title={errorTitle(sync)}>
          {sync.error}
        </Alert>
      )}
      {value && value.sources.length > 0 && (
        <SyncStatusTable
          sources={value.sources}
          receivedAt={sync.receivedAt}
          starting={sync.starting}
          onSyncNow={sync.syncNow}
        />
      )}
      {value && value.sources.length === 0 && value.store.mode !== 'off' && (
        <Text color="secondary">No live source is synced yet: enable one and save.</Text>
      )}
      {!value && sync.loading && <LoadingPlaceholder text="Loading sync status…" />}
    </Stack>
  );
}
