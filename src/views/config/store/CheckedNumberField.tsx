import React from 'react';
import { Field } from '@grafana/ui';
import { NumberInput } from '../../NumberInput';
import { wholeNumberError, type WholeNumberRange } from './storeValidation';

interface Props {
  id: string;
  label: string;
  description?: string;
  value?: number;
  /** The default, shown in grey while the field is empty. */
  placeholder: string;
  /** The whole numbers accepted; others show an inline error. */
  range: WholeNumberRange;
  onChange: (value: number | undefined) => void;
}

/** A labelled number setting with an inline error; the value is kept as typed so the user can fix it. */
export function CheckedNumberField({ id, label, description, value, placeholder, range, onChange }: Props) {
  const error = wholeNumberError(value, range);
  return (
    <Field label={label} description={description} invalid={Boolean(error)} error={error}>
      <NumberInput id={id} value={value} min={range.min} width={20} placeholder={placeholder} onChange={onChange} />
    </Field>
  );
}
