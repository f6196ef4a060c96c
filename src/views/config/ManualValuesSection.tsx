import React from 'react';
import { Button, FieldSet, Stack, Text, type ComboboxOption } from '@grafana/ui';
import type { ManualValueSetting } from '../../../common/settings';
import { ManualValueRow } from './ManualValueRow';

interface Props {
  values?: ManualValueSetting[];
  metricOptions: Array<ComboboxOption<string>>;
  onChange: (values: ManualValueSetting[]) => void;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Numbers that live in no connected tool, entered by hand: one value per metric, date and optional team. */
export function ManualValuesSection({ values = [], metricOptions, onChange }: Props) {
  return (
    <FieldSet label="Manual values">
      <Text color="secondary" element="p">
        Dates are days in the data source time zone. A value applies to its day; leave the team empty for all teams.
      </Text>
      <Stack direction="column" gap={0.5}>
        {values.map((row, index) => (
          <ManualValueRow
            key={index}
            index={index}
            row={row}
            metricOptions={metricOptions}
            onChange={(changed) => onChange(values.map((r, i) => (i === index ? changed : r)))}
            onRemove={() => onChange(values.filter((_, i) => i !== index))}
          />
        ))}
        <div>
          <Button
            variant="secondary"
            size="sm"
            icon="plus"
            onClick={() => onChange([...values, { metricId: '', date: today(), value: 0 }])}
          >
            Add value
          </Button>
        </div>
      </Stack>
    </FieldSet>
  );
}
