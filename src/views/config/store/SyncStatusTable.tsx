import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { SyncedSourceName } from '../../../../common/settings';
import type { SourceSyncView } from '../../../../common/syncStatus';
import { SyncStatusRow } from './SyncStatusRow';
import { configTableStyle } from '../configTableStyle';

interface Props {
  sources: SourceSyncView[];
  /** When the status was answered (epoch ms). */
  receivedAt?: number;
  /** The source whose "Sync now" is on its way, if any. */
  starting?: SyncedSourceName;
  onSyncNow: (source: SyncedSourceName) => void;
}

const COLUMNS = [
  'Source',
  'State',
  'Last success',
  'Next run',
  'Records',
  'Requests (last hour / budget)',
  'Last error',
];

export function SyncStatusTable({ sources, receivedAt, starting, onSyncNow }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <table className={styles.table} data-testid="sync-status-table">
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
          <th scope="col" aria-label="Actions" />
        </tr>
      </thead>
      <tbody>
        {sources.map((view) => (
          <SyncStatusRow
            key={view.source}
            view={view}
            receivedAt={receivedAt}
            starting={starting === view.source}
            onSyncNow={() => onSyncNow(view.source)}
          />
        ))}
      </tbody>
    </table>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  table: css(configTableStyle(theme, 'top', { whiteSpace: 'nowrap' })),
});
