import React from 'react';
import { Stack } from '@grafana/ui';
import type { FilterKey, QueryFilters } from '../../../common/query';
import type { DataSource } from '../../datasource';
import { FilterField } from './FilterField';

interface Props {
  datasource: DataSource;
  keys: FilterKey[];
  filters?: QueryFilters;
  onChange: (filters: QueryFilters) => void;
}

function withoutKey(filters: QueryFilters, key: FilterKey): QueryFilters {
  const { [key]: _omitted, ...rest } = filters;
  return rest;
}

/** One filter field per key; an emptied filter is removed from the query. */
export function FiltersEditor({ datasource, keys, filters = {}, onChange }: Props) {
  return (
    <Stack direction="column" gap={0}>
      {keys.map((key) => (
        <FilterField
          key={key}
          datasource={datasource}
          kind={key}
          value={filters[key] ?? []}
          otherFilters={withoutKey(filters, key)}
          onChange={(values) => onChange(values.length > 0 ? { ...filters, [key]: values } : withoutKey(filters, key))}
        />
      ))}
    </Stack>
  );
}
