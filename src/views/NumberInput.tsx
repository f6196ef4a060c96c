import React, { useState } from 'react';
import { Input } from '@grafana/ui';

interface Props {
  id?: string;
  'aria-label'?: string;
  value?: number;
  placeholder?: string;
  min?: number;
  step?: number;
  width?: number;
  onChange: (value: number | undefined) => void;
}

function parse(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

/**
 * A number input that keeps what the user is typing ("1.", "-") and reports only complete numbers.
 * Empty reports `undefined`, which means "use the default".
 */
export function NumberInput({ value, onChange, ...inputProps }: Props) {
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  const [previousValue, setPreviousValue] = useState(value);

  // A new value from outside replaces the draft, unless the draft already means that value.
  if (value !== previousValue) {
    setPreviousValue(value);
    if (parse(draft) !== value) {
      setDraft(value === undefined ? '' : String(value));
    }
  }

  return (
    <Input
      {...inputProps}
      type="number"
      value={draft}
      onChange={(event) => {
        const text = event.currentTarget.value;
        setDraft(text);
        const parsed = parse(text);
        if (parsed === undefined || Number.isFinite(parsed)) {
          onChange(parsed);
        }
      }}
    />
  );
}
