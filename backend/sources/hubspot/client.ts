/**
 * The only file that imports the HubSpot SDK. Each data source instance gets its own emails API client. The
 * SDK keeps retry/limiter decorators in a process-wide singleton and applies them when an API object is built;
 * ours is built with none, so no SDK retries apply and 429 policies and 5xx are handled here (retryPolicy.ts).
 */
// The emails discovery alone, not the SDK's `Client`: Client pulls every HubSpot API into the bundle (10 MB,
// half of the backend's size and start-up time), and would also install process-wide retry decorators.
import EmailsDiscovery from '@hubspot/api-client/lib/src/discovery/marketing/emails/EmailsDiscovery';
import ApiDecoratorService from '@hubspot/api-client/lib/src/services/ApiDecoratorService';
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
  // Decorators are applied when an API object is built: build ours with none, whatever another client set.
  ApiDecoratorService.getInstance().setDecorators([]);
  const emails = new EmailsDiscovery({ accessToken: config.token, ...(config.basePath ? { basePath: config.basePath } : {}), numberOfApiCallRetries: 0 });
  const statistics = emails.statisticsApi;
  return {
    dailyHistogram: (from, to, signal) => raceAbort(statistics.getHistogram('DAY', from.toISOString(), to.toISOString()), signal),
    emailsList: (from, to, signal) => raceAbort(statistics.getEmailsList(from.toISOString(), to.toISOString()), signal),
  };
}
