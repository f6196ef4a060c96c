import React from 'react';
import { Alert, Button, FieldSet, LoadingPlaceholder, Text } from '@grafana/ui';
import type { CatalogEntry } from '../../../../common/catalog/types';
import type { SavedResourceState } from '../../../hooks/useSavedDataSourceResource';
import { TargetsTable } from './TargetsTable';
import { setOverride, type TargetOverrides } from './targetOverrides';

interface Props {
  catalog: SavedResourceState<CatalogEntry[]>;
  targets?: TargetOverrides;
  onChange: (targets: TargetOverrides) => void;
}

function CatalogState({ catalog }: Pick<Props, 'catalog'>) {
  if (catalog.unsaved) {
    return (
      <Alert severity="info" title="Save the data source first">
        The metric list comes from the plugin backend, which can only be asked once the data source is saved. Click Save
        &amp; test, then come back here.
      </Alert>
    );
  }
  if (catalog.error) {
    return (
      <Alert severity="error" title="Could not load the metric catalog">
        <p>{catalog.error}</p>
        <p>If the data source is new or its plugin backend was not running, Save &amp; test, then retry.</p>
        <Button size="sm" variant="secondary" icon="sync" onClick={catalog.retry}>
          Retry
        </Button>
      </Alert>
    );
  }
  return <LoadingPlaceholder text="Loading metrics…" />;
}

/** Per-metric target, period, owner and alert threshold, generated from the backend's catalog. */
export function TargetsSection({ catalog, targets, onChange }: Props) {
  return (
    <FieldSet label="Targets & owners">
      <Text color="secondary" element="p">
        Empty fields use the catalog default shown in grey. Targets and thresholds drive panel thresholds and alert
        rules.
      </Text>
      {catalog.value ? (
        <TargetsTable
          catalog={catalog.value}
          overrides={targets}
          onChange={(metricId, patch) => onChange(setOverride(targets, metricId, patch))}
        />
      ) : (
        <CatalogState catalog={catalog} />
      )}
    </FieldSet>
  );
}
