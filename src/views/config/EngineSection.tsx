import React from 'react';
import { Combobox, Field, FieldSet, RadioButtonGroup, type ComboboxOption } from '@grafana/ui';
import type { TierPreset } from '../../../common/catalog/types';
import type { EngineSettings } from '../../../common/settings';
import { TextField } from './TextField';

type FeatureRelease = NonNullable<EngineSettings['featureReleaseDefinition']>;
type IncidentLinking = NonNullable<EngineSettings['incidentLinking']>;

const TIER_OPTIONS: Array<{ value: TierPreset; label: string }> = [
  { value: '2021', label: 'DORA 2021' },
  { value: '2023', label: 'DORA 2023' },
  { value: '2024', label: 'DORA 2024' },
];

const FEATURE_RELEASE_OPTIONS: Array<ComboboxOption<FeatureRelease>> = [
  { value: 'releases', label: 'GitHub releases' },
  { value: 'tags', label: 'Tags' },
  { value: 'merged_prs_default_branch', label: 'PRs merged to the default branch' },
  { value: 'production_deployments', label: 'Production deployments' },
];

const INCIDENT_LINKING_OPTIONS: Array<{ value: IncidentLinking; label: string }> = [
  { value: 'explicit_only', label: 'Explicit links only' },
  { value: 'last_deployment_before', label: 'Last deployment before' },
];

interface Props {
  settings?: EngineSettings;
  onChange: (settings: EngineSettings) => void;
}

/** How metrics are computed: DORA tiers, what a release is, which status counts and how incidents find their deployment. */
export function EngineSection({ settings = {}, onChange }: Props) {
  const set = (patch: Partial<EngineSettings>) => onChange({ ...settings, ...patch });
  return (
    <FieldSet label="Engine options">
      <Field label="Tier preset" description="Which DORA report's performance bands rate the metrics.">
        <RadioButtonGroup
          id="teammetrics-engine-tier"
          aria-label="Tier preset"
          options={TIER_OPTIONS}
          value={settings.tierPreset ?? '2024'}
          onChange={(tierPreset) => set({ tierPreset })}
        />
      </Field>
      <Field label="Feature release definition" description="What counts as shipping a feature.">
        <Combobox
          id="teammetrics-engine-feature-release"
          options={FEATURE_RELEASE_OPTIONS}
          value={settings.featureReleaseDefinition ?? 'releases'}
          width={40}
          onChange={(option) => set({ featureReleaseDefinition: option.value })}
        />
      </Field>
      <TextField
        id="teammetrics-engine-scoped-status"
        label="Scoped status"
        description="The status that marks work as committed for planned-vs-done."
        placeholder="Scoped"
        width={30}
        value={settings.scopedStatus}
        onChange={(scopedStatus) => set({ scopedStatus })}
      />
      <Field
        label="Incident linking"
        description="How an incident is tied to the deployment that caused it (change failure rate)."
      >
        <RadioButtonGroup
          id="teammetrics-engine-incident-linking"
          aria-label="Incident linking"
          options={INCIDENT_LINKING_OPTIONS}
          value={settings.incidentLinking ?? 'last_deployment_before'}
          onChange={(incidentLinking) => set({ incidentLinking })}
        />
      </Field>
    </FieldSet>
  );
}
