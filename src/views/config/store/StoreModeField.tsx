import React from 'react';
import { Field, RadioButtonGroup } from '@grafana/ui';
import type { StoreSettings } from '../../../../common/settings';

export type StoreMode = NonNullable<StoreSettings['mode']>;

const MODES: Array<{ value: StoreMode; label: string; description: string }> = [
  {
    value: 'embedded',
    label: 'Embedded',
    description: 'Default. A SQLite file kept by the plugin on this Grafana server.',
  },
  {
    value: 'postgres',
    label: 'PostgreSQL',
    description: 'A shared database for several Grafana instances; one of them syncs at a time.',
  },
  {
    value: 'off',
    label: 'Off',
    description: 'No store: every dashboard refresh calls the providers.',
  },
];

interface Props {
  value: StoreMode;
  onChange: (mode: StoreMode) => void;
}

/** Where synced records are kept, if anywhere. */
export function StoreModeField({ value, onChange }: Props) {
  const selected = MODES.find((mode) => mode.value === value);
  return (
    <Field label="Store" description={selected?.description}>
      <RadioButtonGroup
        id="teammetrics-store-mode"
        aria-label="Store"
        options={MODES}
        value={value}
        onChange={onChange}
      />
    </Field>
  );
}
