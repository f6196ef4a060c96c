import React from 'react';
import { Combobox, IconButton, InlineField, InlineFieldRow, Input, type ComboboxOption } from '@grafana/ui';
import { MetricPickerField } from '../MetricPickerField';

export type AsanaRule = 'completed' | 'section' | 'custom_field' | 'tag';

export interface AsanaProjectRowValue {
  metricId: string;
  projectGid: string;
  rule: AsanaRule;
  value?: string;
}

const RULE_OPTIONS: Array<ComboboxOption<AsanaRule>> = [
  { value: 'completed', label: 'Completed tasks' },
  { value: 'section', label: 'Tasks in section' },
  { value: 'custom_field', label: 'Custom field value' },
  { value: 'tag', label: 'Tasks with tag' },
];

const VALUE_LABELS: Record<Exclude<AsanaRule, 'completed'>, string> = {
  section: 'Section name',
  custom_field: 'Field=value',
  tag: 'Tag',
};

interface Props {
  index: number;
  row: AsanaProjectRowValue;
  metricOptions: Array<ComboboxOption<string>>;
  onChange: (row: AsanaProjectRowValue) => void;
  onRemove: () => void;
}

export function AsanaProjectRow({ index, row, metricOptions, onChange, onRemove }: Props) {
  const id = `teammetrics-asana-${index}`;
  return (
    <InlineFieldRow>
      <MetricPickerField
        id={`${id}-metric`}
        metricId={row.metricId}
        options={metricOptions}
        onChange={(metricId) => onChange({ ...row, metricId })}
      />
      <InlineField label="Project GID" labelWidth={14}>
        <Input
          id={`${id}-project`}
          width={22}
          value={row.projectGid}
          onChange={(e) => onChange({ ...row, projectGid: e.currentTarget.value })}
        />
      </InlineField>
      <InlineField label="Counts" labelWidth={10}>
        <Combobox
          id={`${id}-rule`}
          options={RULE_OPTIONS}
          value={row.rule}
          width={24}
          onChange={(o) => onChange({ ...row, rule: o.value })}
        />
      </InlineField>
      {row.rule !== 'completed' && (
        <InlineField label={VALUE_LABELS[row.rule]} labelWidth={16}>
          <Input
            id={`${id}-value`}
            width={20}
            value={row.value ?? ''}
            onChange={(e) => onChange({ ...row, value: e.currentTarget.value })}
          />
        </InlineField>
      )}
      <IconButton name="trash-alt" tooltip={`Remove mapping ${index + 1}`} onClick={onRemove} />
    </InlineFieldRow>
  );
}
