import React from 'react';
import { InlineField, MultiCombobox, Stack } from '@grafana/ui';
import { ANNOTATION_KINDS, ENGINEERING_FILTER_KEYS, type AnnotationKind } from '../../../common/query';
import { ANNOTATION_KIND_LABELS } from '../../labels';
import { selectors } from '../../selectors';
import { FiltersEditor } from './FiltersEditor';
import type { QueryFieldsProps } from './types';

const KIND_OPTIONS = ANNOTATION_KINDS.map((kind) => ({ value: kind, label: ANNOTATION_KIND_LABELS[kind] }));

function isAnnotationKind(value: string): value is AnnotationKind {
  return (ANNOTATION_KINDS as readonly string[]).includes(value);
}

/** Fields of queryType `annotations`: which events, and which repos, teams, services… they come from. */
export function AnnotationFields({ datasource, query, onChange }: QueryFieldsProps) {
  return (
    <Stack direction="column" gap={0}>
      <InlineField
        label={selectors.queryEditor.annotationKinds}
        labelWidth={16}
        tooltip="Releases, deployments and incidents as dashboard annotations."
      >
        <MultiCombobox
          id="teammetrics-annotation-kinds"
          options={KIND_OPTIONS}
          value={query.annotationKinds ?? []}
          placeholder="All kinds"
          onChange={(selected) =>
            onChange({ ...query, annotationKinds: selected.map((o) => o.value).filter(isAnnotationKind) })
          }
          width="auto"
          minWidth={30}
        />
      </InlineField>
      <FiltersEditor
        datasource={datasource}
        keys={[...ENGINEERING_FILTER_KEYS]}
        filters={query.filters}
        onChange={(filters) => onChange({ ...query, filters })}
      />
    </Stack>
  );
}
