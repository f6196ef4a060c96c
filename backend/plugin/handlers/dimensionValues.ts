/** Distinct values of a dimension across the data source's records: template variables and editor option lists. */
import { CATALOG } from '../../../common/catalog';
import type { FilterKey, QueryFilters, VariableKind } from '../../../common/query';
import type { RecordSet } from '../../../common/records';
import { dimensionOf } from '../../engine/lib/dimensionOf';
import { filterRecords } from '../../engine/lib/filterRecords';
import type { FetchWindow, OptionValue } from '../../sources/types';
import type { QueryContext } from '../queryContext';

const KIND_SOURCES: Record<FilterKey, Array<keyof RecordSet>> = {
  repo: ['changes', 'deployments', 'releases'],
  team: ['changes', 'deployments', 'incidents', 'workItems'],
  person: ['changes', 'reviews', 'workItems'],
  project: ['workItems'],
  environment: ['deployments'],
  service: ['deployments', 'incidents'],
  device: ['webTraffic'],
  channel: ['webTraffic'],
  campaign: ['emailStats'],
  category: ['productEvents'],
};

export function dimensionValues(records: RecordSet, kind: VariableKind, filters: QueryFilters = {}): OptionValue[] {
  if (kind === 'metric') {
    return CATALOG.map((e) => ({ value: e.id, label: `${e.title} (${e.department})` }));
  }
  const otherFilters: QueryFilters = { ...filters, [kind]: undefined };
  const values = new Set<string>();
  for (const source of KIND_SOURCES[kind]) {
    const items = (records[source] ?? []) as object[];
    const applicable = (Object.keys(KIND_SOURCES) as FilterKey[]).filter((k) => k !== kind && KIND_SOURCES[k].includes(source));
    for (const item of filterRecords(items, otherFilters, applicable)) {
      const value = dimensionOf(item, kind);
      if (value !== undefined) {
        values.add(value);
      }
    }
  }
  return [...values].sort((a, b) => a.localeCompare(b)).map((value) => ({ value, label: value }));
}

/**
 * Values for an option list or template variable: what a source knows directly (e.g. GitHub's repo list),
 * merged with the values seen in the window's records.
 */
export async function optionValues(context: QueryContext, kind: VariableKind, filters: QueryFilters, window: FetchWindow): Promise<OptionValue[]> {
  if (kind === 'metric') {
    return dimensionValues({}, kind);
  }
  const direct = await Promise.all(context.instance.sources.map((s) => s.options?.(kind, context.source)));
  const { records } = await context.instance.records(window, KIND_SOURCES[kind], context.source);
  const byValue = new Map<string, OptionValue>();
  for (const option of [...direct.flatMap((d) => d ?? []), ...dimensionValues(records, kind, filters)]) {
    byValue.set(option.value, option);
  }
  return [...byValue.values()].sort((a, b) => a.value.localeCompare(b.value));
}
