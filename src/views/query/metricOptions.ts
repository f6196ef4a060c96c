import type { ComboboxOption } from '@grafana/ui';
import type { CatalogEntry } from '../../../common/catalog/types';
import { familyLabel } from '../../labels';

/**
 * Picker options grouped by department, then family, in catalog order within a group.
 *
 * @example
 * toMetricOptions([{ id: 'deploy_frequency', title: 'Deploy Frequency', department: 'Engineering', family: 'dora', … }])
 * // [{ value: 'deploy_frequency', label: 'Deploy Frequency', group: 'Engineering › DORA', description: '…' }]
 */
export function toMetricOptions(catalog: CatalogEntry[]): Array<ComboboxOption<string>> {
  const options = catalog.map((entry, index) => ({
    index,
    option: {
      value: entry.id,
      label: entry.title,
      group: `${entry.department} › ${familyLabel(entry.family)}`,
      description: entry.texts.definition,
    },
  }));
  const groupOrder = new Map<string, number>();
  options.forEach(({ option, index }) => {
    if (!groupOrder.has(option.group)) {
      groupOrder.set(option.group, index);
    }
  });
  return options
    .sort((a, b) => groupOrder.get(a.option.group)! - groupOrder.get(b.option.group)! || a.index - b.index)
    .map(({ option }) => option);
}
