import React, { useMemo } from 'react';
import { Alert, Button, Combobox, Field, Stack, Text } from '@grafana/ui';
import type { CatalogEntry } from '../../../common/catalog/types';
import type { ResourceState } from '../../hooks/useResource';
import { selectors } from '../../selectors';
import { toMetricOptions } from './metricOptions';

interface Props {
  catalog: ResourceState<CatalogEntry[]>;
  value?: string;
  onChange: (metricId: string) => void;
}

/** Searchable metric picker grouped by department and family, with the metric's definition below it. */
export function MetricPicker({ catalog, value, onChange }: Props) {
  const options = useMemo(() => toMetricOptions(catalog.value ?? []), [catalog.value]);
  const entry = catalog.value?.find((e) => e.id === value);

  if (catalog.error) {
    return (
      <Alert severity="error" title="Could not load the metric catalog">
        <p>{catalog.error}</p>
        <Button size="sm" variant="secondary" icon="sync" onClick={catalog.retry}>
          Retry
        </Button>
      </Alert>
    );
  }

  return (
    <Stack direction="column" gap={0.5}>
      <Field label={selectors.queryEditor.metric} noMargin>
        <Combobox
          id="teammetrics-metric"
          options={options}
          value={value ?? null}
          loading={catalog.loading}
          placeholder={catalog.loading ? 'Loading metrics…' : 'Choose a metric'}
          onChange={(option) => onChange(option.value)}
          width={60}
        />
      </Field>
      {entry && (
        <div data-testid={selectors.queryEditor.metricDefinition}>
          <Text variant="bodySmall" color="secondary">
            {entry.texts.definition}
          </Text>
        </div>
      )}
      {value && !catalog.loading && !entry && (
        <Text variant="bodySmall" color="warning">{`Unknown metric "${value}": it is not in the catalog.`}</Text>
      )}
    </Stack>
  );
}
