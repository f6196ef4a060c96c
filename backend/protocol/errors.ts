import type { ErrorSource } from './messages';

/**
 * An error that belongs to one query (or one resource call): its HTTP-style status and whether the plugin
 * (bad query, bad settings) or the system downstream (provider API) is at fault. The message is shown to
 * the user, so it must say what to do — and must never contain a secret.
 */
export class QueryError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly source: ErrorSource
  ) {
    super(message);
    this.name = 'QueryError';
  }
}

export const badRequest = (message: string) => new QueryError(message, 400, 'plugin');
export const downstreamError = (message: string, status = 502) => new QueryError(message, status, 'downstream');

/**
 * True for a QueryError, also one made by another copy of this class: provider code is bundled on its own and
 * loaded on first use (scripts/build-backend.ts), so `instanceof` alone would miss errors thrown there.
 */
export function isQueryError(err: unknown): err is QueryError {
  if (err instanceof QueryError) {
    return true;
  }
  const e = err as Partial<QueryError> | null;
  return err instanceof Error && e?.name === 'QueryError' && typeof e.status === 'number' && (e.source === 'plugin' || e.source === 'downstream');
}
