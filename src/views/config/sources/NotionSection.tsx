import React from 'react';
import { Field, RadioButtonGroup } from '@grafana/ui';
import type { NotionSettings } from '../../../../common/settings';
import { SecretField } from '../SecretField';
import { TextField } from '../TextField';
import { SourceSection } from './SourceSection';
import type { SourceSectionProps } from './types';

type DateBasis = NonNullable<NotionSettings['dateBasis']>;

const DATE_BASIS_OPTIONS: Array<{ value: DateBasis; label: string }> = [
  { value: 'completed', label: 'Completed' },
  { value: 'created', label: 'Created' },
];

export function NotionSection({
  settings = { enabled: false },
  onChange,
  secrets,
  status,
}: SourceSectionProps<NotionSettings>) {
  const set = (patch: Partial<NotionSettings>) => onChange({ ...settings, ...patch });
  return (
    <SourceSection
      id="notion"
      title="Notion"
      description="PRD and FSD databases: product requirement and functional spec delivery."
      enabled={settings.enabled}
      onEnabledChange={(enabled) => set({ enabled })}
      status={status}
    >
      <SecretField
        secureKey="notionToken"
        label="Integration token"
        description="Share both databases with the integration."
        placeholder="ntn_…"
        secrets={secrets}
      />
      <TextField
        id="teammetrics-notion-prd"
        label="PRD data source ID"
        value={settings.prdDataSourceId}
        onChange={(prdDataSourceId) => set({ prdDataSourceId })}
      />
      <TextField
        id="teammetrics-notion-fsd"
        label="FSD data source ID"
        value={settings.fsdDataSourceId}
        onChange={(fsdDataSourceId) => set({ fsdDataSourceId })}
      />
      <TextField
        id="teammetrics-notion-status"
        label="Status property"
        placeholder="Status"
        width={30}
        value={settings.statusProperty}
        onChange={(statusProperty) => set({ statusProperty })}
      />
      <TextField
        id="teammetrics-notion-done"
        label="Done value"
        placeholder="Done"
        width={30}
        value={settings.doneValue}
        onChange={(doneValue) => set({ doneValue })}
      />
      <TextField
        id="teammetrics-notion-completed-date"
        label="Completion date property"
        description="Date property holding when a document was done. Empty uses its last edit while done."
        placeholder="Completed"
        width={30}
        value={settings.completedDateProperty}
        onChange={(completedDateProperty) => set({ completedDateProperty })}
      />
      <TextField
        id="teammetrics-notion-api-url"
        label="API URL"
        description="Advanced: for proxies. Empty uses Notion directly."
        placeholder="https://api.notion.com"
        value={settings.apiUrl}
        onChange={(apiUrl) => set({ apiUrl })}
      />
      <Field label="Date basis" description="Which date puts a document in a bucket.">
        <RadioButtonGroup
          id="teammetrics-notion-date-basis"
          aria-label="Date basis"
          options={DATE_BASIS_OPTIONS}
          value={settings.dateBasis ?? 'completed'}
          onChange={(dateBasis) => set({ dateBasis })}
        />
      </Field>
    </SourceSection>
  );
}
