import React, { useState } from 'react';
import { Button, Field, Stack, type ComboboxOption } from '@grafana/ui';
import type { AsanaSettings } from '../../../../common/settings';
import { AsanaProjectRow, type AsanaProjectRowValue } from './AsanaProjectRow';

type MetricProjects = NonNullable<AsanaSettings['metricProjects']>;

function toRows(metricProjects: MetricProjects = {}): AsanaProjectRowValue[] {
  return Object.entries(metricProjects).map(([metricId, project]) => ({ metricId, ...project }));
}

/** Rows without a metric are kept on screen but not saved. */
function toMetricProjects(rows: AsanaProjectRowValue[]): MetricProjects {
  const result: MetricProjects = {};
  for (const { metricId, projectGid, rule, value } of rows) {
    if (metricId) {
      result[metricId] = { projectGid, rule, ...(rule !== 'completed' && value ? { value } : {}) };
    }
  }
  return result;
}

interface Props {
  value?: MetricProjects;
  metricOptions: Array<ComboboxOption<string>>;
  onChange: (value: MetricProjects) => void;
}

/** Which Asana project feeds which metric, and which tasks count. */
export function AsanaProjectsEditor({ value, metricOptions, onChange }: Props) {
  const [rows, setRows] = useState(() => toRows(value));
  const update = (next: AsanaProjectRowValue[]) => {
    setRows(next);
    onChange(toMetricProjects(next));
  };
  return (
    <Field
      label="Metric projects"
      description="For each planning metric, the Asana project it counts and the rule for a counted task."
    >
      <Stack direction="column" gap={0.5}>
        {rows.map((row, index) => (
          <AsanaProjectRow
            key={index}
            index={index}
            row={row}
            metricOptions={metricOptions}
            onChange={(changed) => update(rows.map((r, i) => (i === index ? changed : r)))}
            onRemove={() => update(rows.filter((_, i) => i !== index))}
          />
        ))}
        <div>
          <Button
            variant="secondary"
            size="sm"
            icon="plus"
            onClick={() => update([...rows, { metricId: '', projectGid: '', rule: 'completed' }])}
          >
            Add project
          </Button>
        </div>
      </Stack>
    </Field>
  );
}
