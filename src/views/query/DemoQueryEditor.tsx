import React from 'react';
import { InlineField } from '@grafana/ui';
import { selectors } from '../../selectors';
import { NumberInput } from '../NumberInput';
import type { QueryFieldsProps } from './types';

/** Editor for the demo scenarios: only the number of series. */
export function DemoQueryEditor({ query, onChange, onRunQuery }: QueryFieldsProps) {
  return (
    <InlineField
      label={selectors.queryEditor.seriesCount}
      labelWidth={16}
      tooltip="How many series (label sets) the scenario returns."
    >
      <NumberInput
        id="teammetrics-series-count"
        value={query.seriesCount}
        placeholder="1"
        min={1}
        width={10}
        onChange={(seriesCount) => {
          onChange({ ...query, seriesCount });
          onRunQuery();
        }}
      />
    </InlineField>
  );
}
