import React from 'react';
import { Field, Input } from '@grafana/ui';

interface Props {
  id: string;
  label: string;
  description?: string;
  placeholder?: string;
  value?: string;
  width?: number;
  /** Empty text reports `undefined`, so unset keys stay out of jsonData. */
  onChange: (value: string | undefined) => void;
}

/** A labelled single-line text setting. */
export function TextField({ id, label, description, placeholder, value, width = 60, onChange }: Props) {
  return (
    <Field label={label} description={description}>
      <Input
        id={id}
        width={width}
        placeholder={placeholder}
        value={value ?? ''}
        onChange={(event) => onChange(event.currentTarget.value === '' ? undefined : event.currentTarget.value)}
      />
    </Field>
  );
}
