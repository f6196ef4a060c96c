import React from 'react';
import { Field, FieldSet } from '@grafana/ui';
import { NumberInput } from '../NumberInput';

interface Props {
  value?: number;
  onChange: (value: number | undefined) => void;
}

export function CacheSection({ value, onChange }: Props) {
  return (
    <FieldSet label="Cache">
      <Field
        label="Cache TTL (seconds)"
        description="How long source responses are reused. 0 turns the cache off; empty uses the backend default."
      >
        <NumberInput
          id="teammetrics-cache-ttl"
          value={value}
          min={0}
          width={20}
          placeholder="default"
          onChange={onChange}
        />
      </Field>
    </FieldSet>
  );
}
