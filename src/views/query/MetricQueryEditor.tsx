import React from 'react';
import { InlineField, InlineFieldRow, Input, Stack } from '@grafana/ui';
import { useCatalog } from '../../hooks/useCatalog';
import { selectors } from '../../selectors';
import { BucketField } from './BucketField';
import { ComparisonFields } from './ComparisonFields';
import { FiltersEditor } from './FiltersEditor';
import { GroupByField } from './GroupByField';
import { MetricPicker } from './MetricPicker';
import { pruneFilters, supportedFilterKeys, supportedGroupByKeys } from './supportedKeys';
import type { QueryFieldsProps } from './types';

/** Editor for queryType `metric`: the metric, then the filters, grouping, bucket and comparison it supports. */
export function MetricQueryEditor({ datasource, query, onChange, onRunQuery }: QueryFieldsProps) {
  const catalog = useCatalog(datasource);
  const entry = catalog.value?.find((e) => e.id === query.metric);

  const change = (patch: Partial<typeof query>) => {
    onChange({ ...query, ...patch });
    onRunQuery();
  };

  const onMetricChange = (metricId: string) => {
    const next = catalog.value?.find((e) => e.id === metricId);
    if (!next) {
      change({ metric: metricId });
      return;
    }
    const groupBy = query.groupBy && supportedGroupByKeys(next).includes(query.groupBy) ? query.groupBy : 'none';
    change({ metric: metricId, filters: pruneFilters(query.filters, supportedFilterKeys(next)), groupBy });
  };

  return (
    <Stack direction="column" gap={1}>
      <MetricPicker catalog={catalog} value={query.metric} onChange={onMetricChange} />
      {entry && (
        <>
          <FiltersEditor
            datasource={datasource}
            keys={supportedFilterKeys(entry)}
            filters={query.filters}
            onChange={(filters) => change({ filters })}
          />
          <InlineFieldRow>
            <GroupByField
              keys={supportedGroupByKeys(entry)}
              value={query.groupBy}
              onChange={(groupBy) => change({ groupBy })}
            />
            <InlineField
              label={selectors.queryEditor.timezone}
              labelWidth={20}
              tooltip="IANA zone for bucket edges; empty uses the data source's zone."
            >
              <Input
                id="teammetrics-timezone"
                width={24}
                placeholder="Data source default"
                defaultValue={query.timezone}
                onBlur={(event) => change({ timezone: event.currentTarget.value.trim() || undefined })}
              />
            </InlineField>
          </InlineFieldRow>
          <BucketField value={query.bucket} onChange={(bucket) => change({ bucket })} />
          <ComparisonFields
            comparison={query.comparison}
            baselinePeriods={query.baselinePeriods}
            onChange={(comparison) => change(comparison)}
          />
        </>
      )}
    </Stack>
  );
}
