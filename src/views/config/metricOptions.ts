import type { ComboboxOption } from '@grafana/ui';
import type { CatalogEntry } from '../../../common/catalog/types';

/** Flat metric options for settings rows (Asana projects, manual values). */
export function toSettingsMetricOptions(catalog: CatalogEntry[] = []): Array<ComboboxOption<string>> {
  return catalog.map((entry) => ({ value: entry.id, label: entry.title, description: entry.id }));
}
