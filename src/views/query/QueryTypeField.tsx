import React from 'react';
import { InlineField, RadioButtonGroup } from '@grafana/ui';
import type { QueryType } from '../../../common/query';
import { QUERY_TYPE_LABELS } from '../../labels';
import { selectors } from '../../selectors';

/** Query types offered in panels; annotation and variable queries have their own editors. */
const PANEL_QUERY_TYPES: QueryType[] = ['metric', 'demo_timeseries', 'demo_table'];

interface Props {
  value: QueryType;
  onChange: (value: QueryType) => void;
}

export function QueryTypeField({ value, onChange }: Props) {
  const types = PANEL_QUERY_TYPES.includes(value) ? PANEL_QUERY_TYPES : [...PANEL_QUERY_TYPES, value];
  const options = types.map((type) => ({ value: type, label: QUERY_TYPE_LABELS[type] }));
  return (
    <InlineField label={selectors.queryEditor.queryType} labelWidth={16}>
      <RadioButtonGroup
        id="teammetrics-query-type"
        aria-label={selectors.queryEditor.queryType}
        options={options}
        value={value}
        onChange={onChange}
      />
    </InlineField>
  );
}
