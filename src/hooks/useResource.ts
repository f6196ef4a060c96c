import { useCallback, useEffect, useState } from 'react';

export interface ResourceState<T> {
  value?: T;
  loading: boolean;
  error?: string;
  retry: () => void;
}

/** Runs `load` when `key` changes (or on retry) and tracks loading, value and error; stale results are dropped. */
export function useResource<T>(load: () => Promise<T>, key: string): ResourceState<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<ResourceState<T>, 'retry'>>({ loading: true });

  useEffect(() => {
    let current = true;
    setState((previous) => ({ value: previous.value, loading: true }));
    load().then(
      (value) => current && setState({ value, loading: false }),
      (error: unknown) => current && setState({ loading: false, error: errorMessage(error) })
    );
    return () => {
      current = false;
    };
    // `load` is recreated on every render; `key` says when its result changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}

/** Grafana's backendSrv rejects with `{ status, data: { message } }`; plain errors carry `message`. */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const data = 'data' in error ? (error.data as { message?: unknown } | undefined) : undefined;
    if (data && typeof data.message === 'string' && data.message) {
      return data.message;
    }
    if ('message' in error && typeof error.message === 'string' && error.message) {
      return error.message;
    }
    if ('statusText' in error && typeof error.statusText === 'string' && error.statusText) {
      return error.statusText;
    }
  }
  return String(error);
}
