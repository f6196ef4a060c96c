import { getBackendSrv } from '@grafana/runtime';
import type { SyncedSourceName } from '../../../../common/settings';
import type { SyncStatusResponse } from '../../../../common/syncStatus';

/** The config editor has no DataSource instance: it asks the saved data source's resources by uid. */
const syncUrl = (uid: string) => `/api/datasources/uid/${encodeURIComponent(uid)}/resources/sync`;

/** `GET sync`: what the store holds per source and when it syncs. */
export function getSyncStatus(uid: string): Promise<SyncStatusResponse> {
  return getBackendSrv().get<SyncStatusResponse>(syncUrl(uid), undefined, undefined, { showErrorAlert: false });
}

/** `POST sync/<source>`: starts a sync of that source now and answers the new status. */
export function startSync(uid: string, source: SyncedSourceName): Promise<SyncStatusResponse> {
  return getBackendSrv().post<SyncStatusResponse>(`${syncUrl(uid)}/${source}`, undefined, { showErrorAlert: false });
}
