import React from 'react';
import { Field } from '@grafana/ui';
import { NumberInput } from '../../NumberInput';

interface Props {
  id: string;
  label: string;
  description?: string;
  value?: number;
  /** The default, shown in grey while the field is empty. */
  placeholder: string;
  /** The message for an unacceptable value, or undefined. */
  check: (value: number | undefined) => string | undefined;
  onChange: (value: number | undefined) => void;
}

/** A labelled number setting with an inline error; the value is kept as typed so the user can fix it. */
export function CheckedNumberField({ id, label, description, value, placeholder, check, onChange }: Props) {
  const error = check(value);
  return (
    <Field label={label} description={description} invalid={Boolean(error)} error={error}>
      <NumberInput id={id} value={value} min={1} width={20} placeholder={placeholder} onChange={onChange} />
    </Field>
  );
}
