import React from 'react';
import { Field, Switch } from '@grafana/ui';
import type { Ga4Settings } from '../../../../common/settings';
import { SecretField } from '../SecretField';
import { TextField } from '../TextField';
import { SourceSection } from './SourceSection';
import type { SourceSectionProps } from './types';

export function Ga4Section({
  settings = { enabled: false },
  onChange,
  secrets,
  status,
}: SourceSectionProps<Ga4Settings>) {
  return (
    <SourceSection
      id="ga4"
      title="Google Analytics 4"
      description="Sessions, users and conversions: web metrics."
      enabled={settings.enabled}
      onEnabledChange={(enabled) => onChange({ ...settings, enabled })}
      status={status}
    >
      <SecretField
        secureKey="ga4ServiceAccountKey"
        label="Service account key"
        description="The JSON key of a service account with Viewer access to the property."
        placeholder='{"type": "service_account", …}'
        multiline
        secrets={secrets}
      />
      <TextField
        id="teammetrics-ga4-property"
        label="Property ID"
        placeholder="123456789"
        width={30}
        value={settings.propertyId}
        onChange={(propertyId) => onChange({ ...settings, propertyId })}
      />
      <Field label="Split by page path" description="Also fetch per-page rows (more rows, more GA4 quota).">
        <Switch
          id="teammetrics-ga4-page-path"
          value={Boolean(settings.includePagePath)}
          onChange={(event) => onChange({ ...settings, includePagePath: event.currentTarget.checked || undefined })}
        />
      </Field>
      <TextField
        id="teammetrics-ga4-endpoint"
        label="API endpoint (advanced)"
        description="Only for a proxy in front of the GA4 Data API. Empty = analyticsdata.googleapis.com."
        placeholder="analyticsdata.googleapis.com"
        value={settings.apiEndpoint}
        onChange={(apiEndpoint) => onChange({ ...settings, apiEndpoint })}
      />
    </SourceSection>
  );
}
