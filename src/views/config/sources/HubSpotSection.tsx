import React from 'react';
import { Field, RadioButtonGroup } from '@grafana/ui';
import type { HubSpotSettings } from '../../../../common/settings';
import { SecretField } from '../SecretField';
import { TextField } from '../TextField';
import { SourceSection } from './SourceSection';
import type { SourceSectionProps } from './types';

type Denominator = NonNullable<HubSpotSettings['openRateDenominator']>;

const DENOMINATOR_OPTIONS: Array<{ value: Denominator; label: string }> = [
  { value: 'delivered', label: 'Delivered' },
  { value: 'sent', label: 'Sent' },
];

export function HubSpotSection({
  settings = { enabled: false },
  onChange,
  secrets,
  status,
}: SourceSectionProps<HubSpotSettings>) {
  return (
    <SourceSection
      id="hubspot"
      title="HubSpot"
      description="Marketing email sends, opens and clicks: email metrics."
      enabled={settings.enabled}
      onEnabledChange={(enabled) => onChange({ ...settings, enabled })}
      status={status}
    >
      <SecretField
        secureKey="hubspotToken"
        label="Private app token"
        description="Scope: content (marketing emails)."
        placeholder="pat-…"
        secrets={secrets}
      />
      <Field label="Open rate denominator">
        <RadioButtonGroup
          id="teammetrics-hubspot-denominator"
          aria-label="Open rate denominator"
          options={DENOMINATOR_OPTIONS}
          value={settings.openRateDenominator ?? 'delivered'}
          onChange={(openRateDenominator) => onChange({ ...settings, openRateDenominator })}
        />
      </Field>
      <TextField
        id="teammetrics-hubspot-base-path"
        label="API base URL (advanced)"
        description="Only for a proxy in front of the HubSpot API. Empty = https://api.hubapi.com."
        placeholder="https://api.hubapi.com"
        value={settings.basePath}
        onChange={(basePath) => onChange({ ...settings, basePath })}
      />
    </SourceSection>
  );
}
