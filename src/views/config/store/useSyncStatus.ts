import { useCallback, useEffect, useRef, useState } from 'react';
import type { SyncedSourceName } from '../../../../common/settings';
import type { SyncStatusResponse } from '../../../../common/syncStatus';
import { errorMessage } from '../../../hooks/useResource';
import { getSyncStatus, startSync } from './syncResource';

interface State {
  /** The uid and revision the last answer belongs to; while it differs from the current one, we are loading. */
  key: string;
  /** The last answer; it stays visible while the next request runs and after a failed one. */
  value?: SyncStatusResponse;
  /** When the last answer arrived (epoch ms): "now" for the instants it holds. */
  receivedAt?: number;
  error?: string;
  /** The source whose "Sync now" failed, when that is what `error` is about. */
  failedSource?: SyncedSourceName;
  /** A request started from the editor: a refresh, or a "Sync now" of that source. */
  pending?: 'refresh' | SyncedSourceName;
}

export interface SyncStatusState {
  value?: SyncStatusResponse;
  receivedAt?: number;
  loading: boolean;
  error?: string;
  failedSource?: SyncedSourceName;
  /** The source whose "Sync now" is on its way. */
  starting?: SyncedSourceName;
  /** The data source has no uid yet, so its backend cannot be asked. */
  unsaved: boolean;
  refresh: () => void;
  syncNow: (source: SyncedSourceName) => void;
}

/**
 * The store's sync status (`GET sync`) for a saved data source, refetched when `revision` changes (each save);
 * `syncNow` posts `sync/<source>` and shows the status it answers. Only the latest request's answer is kept.
 */
export function useSyncStatus(uid: string | undefined, revision = 0): SyncStatusState {
  const key = `${uid}:${revision}`;
  const [state, setState] = useState<State>({ key: '' });
  const latest = useRef(0);

  /** Sends a request; its answer lands only if no later request was sent meanwhile. */
  const send = useCallback((request: Promise<SyncStatusResponse>, answerKey: string, source?: SyncedSourceName) => {
    const id = ++latest.current;
    request.then(
      (value) => id === latest.current && setState({ key: answerKey, value, receivedAt: Date.now() }),
      (error: unknown) =>
        id === latest.current &&
        setState((previous) => ({
          key: answerKey,
          value: previous.value,
          receivedAt: previous.receivedAt,
          error: errorMessage(error),
          failedSource: source,
        }))
    );
  }, []);

  useEffect(() => {
    if (uid) {
      send(getSyncStatus(uid), key);
    }
    // A new uid or revision (or unmounting) drops the answers still on their way.
    return () => {
      latest.current += 1;
    };
  }, [uid, key, send]);

  const refresh = useCallback(() => {
    if (uid) {
      setState((previous) => ({ ...previous, pending: 'refresh' }));
      send(getSyncStatus(uid), key);
    }
  }, [uid, key, send]);

  const syncNow = useCallback(
    (source: SyncedSourceName) => {
      if (uid) {
        setState((previous) => ({ ...previous, pending: source }));
        send(startSync(uid, source), key, source);
      }
    },
    [uid, key, send]
  );

  const loading = Boolean(uid) && (state.key !== key || state.pending !== undefined);
  return {
    value: state.value,
    receivedAt: state.receivedAt,
    loading,
    error: loading ? undefined : state.error,
    failedSource: state.failedSource,
    starting: state.pending === 'refresh' ? undefined : state.pending,
    unsaved: !uid,
    refresh,
    syncNow,
  };
}
