import React from 'react';
import { Combobox, InlineField, type ComboboxOption } from '@grafana/ui';

interface Props {
  id: string;
  metricId: string;
  options: Array<ComboboxOption<string>>;
  onChange: (metricId: string) => void;
}

/** The "Metric" picker of a settings row (manual values, Asana project mappings): catalog ids or a typed one. */
export function MetricPickerField({ id, metricId, options, onChange }: Props) {
  return (
    <InlineField label="Metric" labelWidth={10}>
      <Combobox
        id={id}
        options={options}
        value={metricId || null}
        createCustomValue
        width={30}
        onChange={(o) => onChange(o.value)}
      />
    </InlineField>
  );
}
