import React from 'react';
import { Combobox, InlineField, Stack } from '@grafana/ui';
import { FILTER_KEYS, VARIABLE_KINDS } from '../../../common/query';
import { DEFAULT_VARIABLE_QUERY } from '../../defaults';
import { VARIABLE_KIND_LABELS } from '../../labels';
import { selectors } from '../../selectors';
import { FiltersEditor } from './FiltersEditor';
import type { QueryFieldsProps } from './types';

const KIND_OPTIONS = VARIABLE_KINDS.map((kind) => ({ value: kind, label: VARIABLE_KIND_LABELS[kind] }));

/** Fields of queryType `variable`: what to list, narrowed by the other dimensions. */
export function VariableFields({ datasource, query, onChange }: QueryFieldsProps) {
  const kind = query.variableKind ?? DEFAULT_VARIABLE_QUERY.variableKind;
  const filterKeys = kind === 'metric' ? [] : FILTER_KEYS.filter((key) => key !== kind);
  return (
    <Stack direction="column" gap={0}>
      <InlineField
        label={selectors.queryEditor.variableKind}
        labelWidth={16}
        tooltip="Which values the variable lists."
      >
        <Combobox
          id="teammetrics-variable-kind"
          options={KIND_OPTIONS}
          value={kind}
          onChange={(option) => onChange({ ...query, variableKind: option.value, filters: {} })}
          width={30}
        />
      </InlineField>
      {filterKeys.length > 0 && (
        <FiltersEditor
          datasource={datasource}
          keys={filterKeys}
          filters={query.filters}
          onChange={(filters) => onChange({ ...query, filters })}
        />
      )}
    </Stack>
  );
}
