import React from 'react';
import { Combobox, Input, Text, type ComboboxOption } from '@grafana/ui';
import type { CatalogEntry, TargetPeriod } from '../../../../common/catalog/types';
import type { MetricOverride } from '../../../../common/settings';
import { selectors } from '../../../selectors';
import { NumberInput } from '../../NumberInput';

const PERIODS: TargetPeriod[] = ['day', 'week', 'month', 'quarter', 'sprint', 'period'];
const PERIOD_OPTIONS: Array<ComboboxOption<string>> = PERIODS.map((period) => ({ value: period, label: period }));

interface Props {
  entry: CatalogEntry;
  override?: MetricOverride;
  onChange: (patch: Partial<MetricOverride>) => void;
}

/** One metric: the catalog's defaults as placeholders, our overrides as values. */
export function TargetRow({ entry, override = {}, onChange }: Props) {
  const { title, id, target } = entry;
  const labels = selectors.configEditor;
  return (
    <tr>
      <th scope="row">
        <span id={`teammetrics-target-title-${id}`}>{title}</span>
        <br />
        <Text variant="bodySmall" color="secondary">
          {`${id} · ${entry.unit}`}
        </Text>
      </th>
      <td>
        <NumberInput
          aria-label={labels.target(title)}
          value={override.target}
          placeholder={target ? String(target.value) : 'none'}
          width={14}
          onChange={(value) => onChange({ target: value })}
        />
      </td>
      <td>
        <Combobox
          aria-labelledby={`teammetrics-targets-period teammetrics-target-title-${id}`}
          options={PERIOD_OPTIONS}
          value={override.period ?? null}
          placeholder={target?.period ?? 'period'}
          isClearable
          width={16}
          onChange={(option) => onChange({ period: option?.value })}
        />
      </td>
      <td>
        <Input
          aria-label={labels.owner(title)}
          value={override.owner ?? ''}
          placeholder={entry.owner}
          width={24}
          onChange={(event) => onChange({ owner: event.currentTarget.value })}
        />
      </td>
      <td>
        <NumberInput
          aria-label={labels.alertThreshold(title)}
          value={override.alertThreshold}
          placeholder="none"
          width={14}
          onChange={(value) => onChange({ alertThreshold: value })}
        />
      </td>
    </tr>
  );
}
