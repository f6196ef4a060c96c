/** The query a GitHub request belongs to: its cancellation, deadline and counters. */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SourceTelemetry } from '../types';

export interface GitHubCall {
  signal: AbortSignal;
  /** Epoch ms after which waiting for a rate limit is pointless. */
  deadline: number;
  telemetry: SourceTelemetry;
}

/** Lets the transport (every HTTP attempt, retries included) see the call it serves. */
export const currentCall = new AsyncLocalStorage<GitHubCall>();
