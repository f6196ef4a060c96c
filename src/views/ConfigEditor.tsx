import React, { useMemo } from 'react';
import type { DataSourcePluginOptionsEditorProps } from '@grafana/data';
import { Divider, Stack } from '@grafana/ui';
import type { SecureKey, TeamMetricsSecureJsonData } from '../../common/settings';
import { useSavedDataSourceResource } from '../hooks/useSavedDataSourceResource';
import type { CatalogResponse, SourcesResponse, TeamMetricsOptions } from '../types';
import { CacheSection } from './config/CacheSection';
import { EngineSection } from './config/EngineSection';
import { ManualValuesSection } from './config/ManualValuesSection';
import { toSettingsMetricOptions } from './config/metricOptions';
import { resetSecret, setJsonData, setSecret } from './config/optionsUpdates';
import type { SecretsProps } from './config/secrets';
import { sourceStatusByName } from './config/sourceStatusByName';
import { AsanaSection } from './config/sources/AsanaSection';
import { DemoSection } from './config/sources/DemoSection';
import { Ga4Section } from './config/sources/Ga4Section';
import { GitHubSection } from './config/sources/GitHubSection';
import { HubSpotSection } from './config/sources/HubSpotSection';
import { NotionSection } from './config/sources/NotionSection';
import { StoreSection } from './config/store/StoreSection';
import { enabledSyncedSources } from './config/store/syncedSources';
import { useSyncStatus } from './config/store/useSyncStatus';
import { TargetsSection } from './config/targets/TargetsSection';
import { TimeZoneSection } from './config/TimeZoneSection';

export type Props = DataSourcePluginOptionsEditorProps<TeamMetricsOptions, TeamMetricsSecureJsonData>;

export function ConfigEditor({ options, onOptionsChange }: Props) {
  const { jsonData } = options;
  const catalogResponse = useSavedDataSourceResource<CatalogResponse>(options.uid, 'catalog');
  const sourcesResponse = useSavedDataSourceResource<SourcesResponse>(options.uid, 'sources', options.version);
  const catalog = { ...catalogResponse, value: catalogResponse.value?.metrics };
  const metricOptions = useMemo(() => toSettingsMetricOptions(catalog.value), [catalog.value]);
  const status = sourceStatusByName(sourcesResponse.value?.sources);
  const sync = useSyncStatus(options.uid, options.version);

  const set =
    <K extends keyof TeamMetricsOptions>(key: K) =>
    (value: TeamMetricsOptions[K]) =>
      onOptionsChange(setJsonData(options, key, value));

  const secrets: SecretsProps = {
    isConfigured: (key: SecureKey) => Boolean(options.secureJsonFields?.[key]),
    value: (key: SecureKey) => options.secureJsonData?.[key] ?? '',
    onChange: (key, value) => onOptionsChange(setSecret(options, key, value)),
    onReset: (key) => onOptionsChange(resetSecret(options, key)),
  };

  return (
    <Stack direction="column" gap={1}>
      <DemoSection settings={jsonData.demo} onChange={set('demo')} secrets={secrets} status={status.demo} />
      <Divider />
      <GitHubSection settings={jsonData.github} onChange={set('github')} secrets={secrets} status={status.github} />
      <Divider />
      <AsanaSection
        settings={jsonData.asana}
        onChange={set('asana')}
        secrets={secrets}
        status={status.asana}
        metricOptions={metricOptions}
      />
      <Divider />
      <NotionSection settings={jsonData.notion} onChange={set('notion')} secrets={secrets} status={status.notion} />
      <Divider />
      <Ga4Section settings={jsonData.ga4} onChange={set('ga4')} secrets={secrets} status={status.ga4} />
      <Divider />
      <HubSpotSection settings={jsonData.hubspot} onChange={set('hubspot')} secrets={secrets} status={status.hubspot} />
      <Divider />
      <ManualValuesSection
        values={jsonData.manualValues}
        metricOptions={metricOptions}
        onChange={set('manualValues')}
      />
      <Divider />
      <StoreSection
        settings={jsonData.store}
        onChange={set('store')}
        secrets={secrets}
        sources={enabledSyncedSources(jsonData)}
        sync={sync}
      />
      <Divider />
      <EngineSection settings={jsonData.engine} onChange={set('engine')} />
      <TimeZoneSection value={jsonData.timezone} onChange={set('timezone')} />
      <CacheSection value={jsonData.cacheTtlSeconds} onChange={set('cacheTtlSeconds')} />
      <Divider />
      <TargetsSection catalog={catalog} targets={jsonData.targets} onChange={set('targets')} />
    </Stack>
  );
}
