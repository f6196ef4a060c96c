/**
 * The only file that imports the HubSpot SDK. Each data source instance gets its own Client. The SDK keeps
 * its retry/limiter decorators in a process-wide singleton that every `new Client()` overwrites, so this
 * plugin never asks the SDK for retries or limiters (every client it builds sets the same empty list) and
 * handles 429 policies and 5xx itself (rateLimits.ts).
 */
import { Client } from '@hubspot/api-client';
import type {
  AggregateEmailStatistics,
  CollectionResponseWithTotalEmailStatisticIntervalNoPaging,
  EmailStatisticsData,
} from '@hubspot/api-client/lib/codegen/marketing/emails';
import type { HubSpotConfig } from './settings';

export type { AggregateEmailStatistics, CollectionResponseWithTotalEmailStatisticIntervalNoPaging as EmailHistogram, EmailStatisticsData };

/** What the source needs from HubSpot; everything typed by the SDK's generated models. */
export interface HubSpotClient {
  /** GET /marketing/v3/emails/statistics/histogram?interval=DAY. */
  dailyHistogram(from: Date, to: Date, signal: AbortSignal): Promise<CollectionResponseWithTotalEmailStatisticIntervalNoPaging>;
  /** GET /marketing/v3/emails/statistics/list: per email and per campaign aggregates of the window. */
  emailsList(from: Date, to: Date, signal: AbortSignal): Promise<AggregateEmailStatistics>;
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  const aborted = () => Object.assign(new Error('HubSpot request cancelled'), { name: 'AbortError' });
  if (signal.aborted) {
    return Promise.reject(aborted());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => (signal.removeEventListener('abort', onAbort), resolve(v)),
      (e: unknown) => (signal.removeEventListener('abort', onAbort), reject(e))
    );
  });
}

export function createHubSpotClient(config: HubSpotConfig): HubSpotClient {
  const sdk = new Client({ accessToken: config.token, ...(config.basePath ? { basePath: config.basePath } : {}), numberOfApiCallRetries: 0 });
  // Built now, with this client's (empty) decorator list, not lazily after some other client changed it.
  const statistics = sdk.marketing.emails.statisticsApi;
  return {
    dailyHistogram: (from, to, signal) => raceAbort(statistics.getHistogram('DAY', from.toISOString(), to.toISOString()), signal),
    emailsList: (from, to, signal) => raceAbort(statistics.getEmailsList(from.toISOString(), to.toISOString()), signal),
  };
}
