import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { CatalogEntry, Department } from '../../../../common/catalog/types';
import type { MetricOverride } from '../../../../common/settings';
import { selectors } from '../../../selectors';
import { TargetRow } from './TargetRow';
import type { TargetOverrides } from './targetOverrides';
import { configTableStyle } from '../configTableStyle';

interface Props {
  catalog: CatalogEntry[];
  overrides?: TargetOverrides;
  onChange: (metricId: string, patch: Partial<MetricOverride>) => void;
}

function byDepartment(catalog: CatalogEntry[]): Array<[Department, CatalogEntry[]]> {
  const groups = new Map<Department, CatalogEntry[]>();
  catalog.forEach((entry) => groups.set(entry.department, [...(groups.get(entry.department) ?? []), entry]));
  return Array.from(groups.entries());
}

export function TargetsTable({ catalog, overrides = {}, onChange }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <table className={styles.table} data-testid={selectors.configEditor.targetsTable}>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col">Target</th>
          <th scope="col" id="teammetrics-targets-period">
            Period
          </th>
          <th scope="col">Owner</th>
          <th scope="col">Alert threshold</th>
        </tr>
      </thead>
      {byDepartment(catalog).map(([department, entries]) => (
        <tbody key={department}>
          <tr>
            <th scope="rowgroup" colSpan={5} className={styles.department}>
              {department}
            </th>
          </tr>
          {entries.map((entry) => (
            <TargetRow
              key={entry.id}
              entry={entry}
              override={overrides[entry.id]}
              onChange={(patch) => onChange(entry.id, patch)}
            />
          ))}
        </tbody>
      ))}
    </table>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  table: css(configTableStyle(theme, 'middle', { minWidth: 220 })),
  department: css({
    paddingTop: theme.spacing(2),
    fontSize: theme.typography.h5.fontSize,
  }),
});
