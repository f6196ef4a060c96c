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
