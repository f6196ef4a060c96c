import React from 'react';
import { IconButton, InlineField, InlineFieldRow, Input, type ComboboxOption } from '@grafana/ui';
import type { ManualValueSetting } from '../../../common/settings';
import { NumberInput } from '../NumberInput';
import { MetricPickerField } from './MetricPickerField';

interface Props {
  index: number;
  row: ManualValueSetting;
  metricOptions: Array<ComboboxOption<string>>;
  onChange: (row: ManualValueSetting) => void;
  onRemove: () => void;
}

export function ManualValueRow({ index, row, metricOptions, onChange, onRemove }: Props) {
  const id = `teammetrics-manual-${index}`;
  return (
    <InlineFieldRow>
      <MetricPickerField
        id={`${id}-metric`}
        metricId={row.metricId}
        options={metricOptions}
        onChange={(metricId) => onChange({ ...row, metricId })}
      />
      <InlineField label="Date" labelWidth={8}>
        <Input
          id={`${id}-date`}
          type="date"
          width={20}
          value={row.date}
          onChange={(e) => onChange({ ...row, date: e.currentTarget.value })}
        />
      </InlineField>
      <InlineField label="Value" labelWidth={8}>
        <NumberInput
          id={`${id}-value`}
          width={14}
          value={row.value}
          onChange={(value) => onChange({ ...row, value: value ?? 0 })}
        />
      </InlineField>
      <InlineField label="Team" labelWidth={8}>
        <Input
          id={`${id}-team`}
          width={16}
          placeholder="all teams"
          value={row.team ?? ''}
          onChange={(e) => onChange({ ...row, team: e.currentTarget.value || undefined })}
        />
      </InlineField>
      <IconButton name="trash-alt" tooltip={`Remove value ${index + 1}`} onClick={onRemove} />
    </InlineFieldRow>
  );
}
