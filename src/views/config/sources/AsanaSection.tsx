import React from 'react';
import { Field, RadioButtonGroup, type ComboboxOption } from '@grafana/ui';
import type { AsanaSettings } from '../../../../common/settings';
import { SecretField } from '../SecretField';
import { TextField } from '../TextField';
import { AsanaProjectsEditor } from './AsanaProjectsEditor';
import { SourceSection } from './SourceSection';
import type { SourceSectionProps } from './types';

type SprintSource = NonNullable<AsanaSettings['sprintSource']> | 'none';

const SPRINT_SOURCE_OPTIONS: Array<{ value: SprintSource; label: string }> = [
  { value: 'none', label: 'None' },
  { value: 'section', label: 'Sections' },
  { value: 'custom_field', label: 'Custom field' },
];

interface Props extends SourceSectionProps<AsanaSettings> {
  metricOptions: Array<ComboboxOption<string>>;
}

export function AsanaSection({ settings = { enabled: false }, onChange, secrets, status, metricOptions }: Props) {
  return (
    <SourceSection
      id="asana"
      title="Asana"
      description="Planned and completed work per project: planning and delivery metrics."
      enabled={settings.enabled}
      onEnabledChange={(enabled) => onChange({ ...settings, enabled })}
      status={status}
    >
      <SecretField
        secureKey="asanaToken"
        label="Personal access token"
        description="Or an OAuth access token."
        secrets={secrets}
      />
      <TextField
        id="teammetrics-asana-workspace"
        label="Workspace GID"
        value={settings.workspaceGid}
        width={30}
        onChange={(workspaceGid) => onChange({ ...settings, workspaceGid })}
      />
      <TextField
        id="teammetrics-asana-points"
        label="Story points field"
        description="Name of the number custom field that holds estimates. Empty counts tasks."
        value={settings.pointsField}
        width={30}
        onChange={(pointsField) => onChange({ ...settings, pointsField })}
      />
      <AsanaProjectsEditor
        value={settings.metricProjects}
        metricOptions={metricOptions}
        onChange={(metricProjects) => onChange({ ...settings, metricProjects })}
      />
      <Field
        label="Sprints"
        description='In the sprint_velocity project, named with their dates: "Sprint 12 (2026-11-02 – 2026-11-13)".'
      >
        <RadioButtonGroup<SprintSource>
          id="teammetrics-asana-sprint-source"
          aria-label="Sprints"
          options={SPRINT_SOURCE_OPTIONS}
          value={settings.sprintSource ?? 'none'}
          onChange={(value) => onChange({ ...settings, sprintSource: value === 'none' ? undefined : value })}
        />
      </Field>
      {settings.sprintSource === 'custom_field' && (
        <TextField
          id="teammetrics-asana-sprint-field"
          label="Sprint field"
          description="Name of the enum custom field naming the sprint."
          placeholder="Sprint"
          value={settings.sprintField}
          width={30}
          onChange={(sprintField) => onChange({ ...settings, sprintField })}
        />
      )}
      <TextField
        id="teammetrics-asana-api-url"
        label="API URL"
        description="Advanced: for proxies. Empty uses Asana directly."
        placeholder="https://app.asana.com/api/1.0"
        value={settings.apiUrl}
        onChange={(apiUrl) => onChange({ ...settings, apiUrl })}
      />
    </SourceSection>
  );
}
