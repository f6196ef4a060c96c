import React, { useMemo } from 'react';
import { InlineField, MultiCombobox, type ComboboxOption } from '@grafana/ui';
import type { FilterKey, QueryFilters } from '../../../common/query';
import type { DataSource } from '../../datasource';
import { useResource } from '../../hooks/useResource';
import { FILTER_LABELS } from '../../labels';
import { templateVariableOptions } from './templateVariableOptions';

interface Props {
  datasource: DataSource;
  kind: FilterKey;
  value: string[];
  /** The other filters of the query; they narrow the option list. */
  otherFilters: QueryFilters;
  onChange: (values: string[]) => void;
}

/** Multi-value filter whose options come from `GET options/<kind>`; custom values such as `$repo` are allowed. */
export function FilterField({ datasource, kind, value, otherFilters, onChange }: Props) {
  const options = useResource(
    () => datasource.getOptions(kind, otherFilters),
    `${kind}:${JSON.stringify(otherFilters)}`
  );
  const comboboxOptions = useMemo<Array<ComboboxOption<string>>>(
    () => [...templateVariableOptions(), ...(options.value ?? [])],
    [options.value]
  );
  const label = FILTER_LABELS[kind];

  return (
    <InlineField
      label={label}
      labelWidth={16}
      invalid={Boolean(options.error)}
      error={options.error && `Could not load ${label.toLowerCase()} values: ${options.error}`}
      tooltip={`Leave empty for all. Type a value or a dashboard variable such as $${kind}.`}
    >
      <MultiCombobox
        id={`teammetrics-filter-${kind}`}
        options={comboboxOptions}
        value={value}
        loading={options.loading}
        createCustomValue
        isClearable
        placeholder={options.loading ? 'Loading…' : `All ${label.toLowerCase()} values`}
        onChange={(selected) => onChange(selected.map((option) => option.value))}
        width="auto"
        minWidth={30}
        maxWidth={80}
      />
    </InlineField>
  );
}
