import React from 'react';
import { FieldSet, Stack, Text } from '@grafana/ui';
import type { StoreSettings } from '../../../../common/settings';
import { SecretField } from '../SecretField';
import type { SecretsProps } from '../secrets';
import { TextField } from '../TextField';
import { StoreModeField } from './StoreModeField';
import type { SyncedSourceInfo } from './syncedSources';
import { SyncScheduleFields } from './SyncScheduleFields';
import { SyncStatusPanel } from './SyncStatusPanel';
import type { SyncStatusState } from './useSyncStatus';

interface Props {
  settings?: StoreSettings;
  onChange: (settings: StoreSettings) => void;
  secrets: SecretsProps;
  /** The enabled live sources, which get a sync interval. */
  sources: SyncedSourceInfo[];
  sync: SyncStatusState;
}

/** Where live sources are copied to, how they sync, and how the saved data source's syncs are doing. */
export function StoreSection({ settings = {}, onChange, secrets, sources, sync }: Props) {
  const set = (patch: Partial<StoreSettings>) => onChange({ ...settings, ...patch });
  const mode = settings.mode ?? 'embedded';
  return (
    <FieldSet label="Store & sync">
      <Text color="secondary" element="p">
        Live sources are copied into a store on a schedule and queries read the store, so dashboards stay fast and
        providers are asked only for what changed.
      </Text>
      <StoreModeField value={mode} onChange={(next) => set({ mode: next })} />
      {mode === 'embedded' && (
        <TextField
          id="teammetrics-store-path"
          label="Store directory"
          description="Where the embedded SQLite store is kept. Empty = the default under Grafana's data directory."
          placeholder="<Grafana data directory>/teammetrics"
          value={settings.path}
          onChange={(path) => set({ path })}
        />
      )}
      {mode === 'postgres' && (
        <SecretField
          secureKey="storePostgresUrl"
          label="PostgreSQL URL"
          description="A database shared by every Grafana instance using this data source."
          placeholder="postgres://user:password@host:5432/teammetrics"
          secrets={secrets}
        />
      )}
      {mode !== 'off' && <SyncScheduleFields settings={settings} sources={sources} onChange={set} />}
      <Stack direction="column" gap={1}>
        <Text element="h5">Sync status</Text>
        <SyncStatusPanel sync={sync} />
      </Stack>
    </FieldSet>
  );
}
