import React from 'react';
import { Button, Text } from '@grafana/ui';
import type { SourceSyncView } from '../../../../common/syncStatus';
import { recordCountLines } from './recordCounts';
import { RelativeTime } from './RelativeTime';
import { SyncStateBadge } from './SyncStateBadge';

interface Props {
  view: SourceSyncView;
  /** When the status was answered (epoch ms); a next run before it is due. */
  receivedAt?: number;
  /** A "Sync now" request for this source is on its way. */
  starting: boolean;
  onSyncNow: () => void;
}

/** One source of `GET sync`: state, timing, what the store holds, the request budget and the last error. */
export function SyncStatusRow({ view, receivedAt, starting, onSyncNow }: Props) {
  const counts = recordCountLines(view.counts);
  return (
    <tr data-testid={`sync-${view.source}`}>
      <th scope="row">{view.title}</th>
      <td>
        <SyncStateBadge view={view} />
      </td>
      <td>
        <RelativeTime iso={view.lastSuccessAt} />
      </td>
      <td>
        <RelativeTime iso={view.nextRunAt} dueAt={receivedAt} />
      </td>
      <td>{counts.length > 0 ? counts.map((line) => <div key={line}>{line}</div>) : '—'}</td>
      <td>
        {view.budgetPerHour === undefined ? view.requestsLastHour : `${view.requestsLastHour} / ${view.budgetPerHour}`}
      </td>
      <td>
        {view.lastError ? (
          <Text color="error" variant="bodySmall">
            {view.lastError}
          </Text>
        ) : (
          '—'
        )}
      </td>
      <td>
        <Button
          size="sm"
          variant="secondary"
          icon={starting ? 'spinner' : 'sync'}
          disabled={starting}
          aria-label={`Sync ${view.title} now`}
          onClick={onSyncNow}
        >
          Sync now
        </Button>
      </td>
    </tr>
  );
}
