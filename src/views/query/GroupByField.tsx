import React from 'react';
import { Combobox, InlineField } from '@grafana/ui';
import type { GroupByKey } from '../../../common/query';
import { GROUP_BY_LABELS } from '../../labels';
import { selectors } from '../../selectors';

interface Props {
  keys: GroupByKey[];
  value?: GroupByKey;
  onChange: (value: GroupByKey) => void;
}

export function GroupByField({ keys, value, onChange }: Props) {
  const options = keys.map((key) => ({ value: key, label: GROUP_BY_LABELS[key] }));
  return (
    <InlineField
      label={selectors.queryEditor.groupBy}
      labelWidth={16}
      tooltip="One series per value of this dimension."
    >
      <Combobox
        id="teammetrics-group-by"
        options={options}
        value={value ?? 'none'}
        onChange={(o) => onChange(o.value)}
        width={24}
      />
    </InlineField>
  );
}
