import React from 'react';
import type { ComboboxOption } from '@grafana/ui';
import type { AsanaSettings } from '../../../../common/settings';
import { SecretField } from '../SecretField';
import { TextField } from '../TextField';
import { AsanaProjectsEditor } from './AsanaProjectsEditor';
import { SourceSection } from './SourceSection';
import type { SourceSectionProps } from './types';

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
      <SecretField secureKey="asanaToken" label="Personal access token" secrets={secrets} />
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
    </SourceSection>
  );
}
