import React, { useMemo } from 'react';
import { Combobox, Field, FieldSet } from '@grafana/ui';
import { timeZoneOptions } from './timeZones';

interface Props {
  value?: string;
  onChange: (value: string) => void;
}

export function TimeZoneSection({ value, onChange }: Props) {
  const options = useMemo(() => timeZoneOptions(), []);
  return (
    <FieldSet label="Time zone">
      <Field label="Bucket time zone" description="Where days, weeks and months start. Queries can override it.">
        <Combobox
          id="teammetrics-timezone"
          options={options}
          value={value ?? 'UTC'}
          createCustomValue
          width={40}
          onChange={(o) => onChange(o.value)}
        />
      </Field>
    </FieldSet>
  );
}
