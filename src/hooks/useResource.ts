import { useCallback, useEffect, useState } from 'react';

export interface ResourceState<T> {
  value?: T;
  loading: boolean;
  error?: string;
  retry: () => void;
}

interface Settled<T> {
  /** The request this result belongs to; while it differs from the current one, we are loading. */
  request: string;
  value?: T;
  error?: string;
}

/**
 * Runs `load` when `key` changes (or on retry) and tracks loading, value and error.
 * Results of superseded requests are dropped; the last value stays visible while reloading.
 */
export function useResource<T>(load: () => Promise<T>, key: string): ResourceState<T> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T>>({ request: '' });
  const request = `${attempt}:${key}`;

  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setSettled({ request, value }),
      (error: unknown) => current && setSettled({ request, error: errorMessage(error) })
    );
    return () => {
      current = false;
    };
    // `load` is recreated on every render; `request` says when its result changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const loading = settled.request !== request;
  return { value: settled.value, error: loading ? undefined : settled.error, loading, retry };
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
