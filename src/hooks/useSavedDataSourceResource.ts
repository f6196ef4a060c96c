import { getBackendSrv } from '@grafana/runtime';
import { useResource, type ResourceState } from './useResource';

export interface SavedResourceState<T> extends ResourceState<T> {
  /** The data source has no uid yet, so its backend cannot be asked. */
  unsaved: boolean;
}

/**
 * GET a resource of a saved data source from the config editor, which has no DataSource instance:
 * `/api/datasources/uid/<uid>/resources/<path>`. `revision` refetches, e.g. after each save.
 */
export function useSavedDataSourceResource<T>(
  uid: string | undefined,
  path: string,
  revision = 0
): SavedResourceState<T> {
  const state = useResource<T | undefined>(
    () =>
      uid
        ? getBackendSrv().get<T>(
            `/api/datasources/uid/${encodeURIComponent(uid)}/resources/${path}`,
            undefined,
            undefined,
            {
              showErrorAlert: false,
            }
          )
        : Promise.resolve(undefined),
    `${uid}:${path}:${revision}`
  );
  return { ...state, value: state.value ?? undefined, unsaved: !uid };
}
