/**
 * The only file that imports the GA4 SDK. A BetaAnalyticsDataClient in REST ("fallback") mode — no gRPC and
 * no .proto files read from disk, so it works inside the single-file executable — authenticated by an
 * explicit service-account JWT client: the library never looks for ambient cloud credentials.
 */
import { BetaAnalyticsDataClient, type protos } from '@google-analytics/data';
import { JWT } from 'google-auth-library';
import type { Ga4Config } from './settings';

export type Ga4RunReportRequest = protos.google.analytics.data.v1beta.IRunReportRequest;
export type Ga4RunReportResponse = protos.google.analytics.data.v1beta.IRunReportResponse;
export type Ga4Metadata = protos.google.analytics.data.v1beta.IMetadata;

/** What the source needs from GA4; tests and other callers see no SDK type beyond the protos' shapes. */
export interface Ga4Client {
  runReport(request: Omit<Ga4RunReportRequest, 'property'>, signal: AbortSignal): Promise<Ga4RunReportResponse>;
  getMetadata(signal: AbortSignal): Promise<Ga4Metadata>;
  close(): void;
}

const SCOPES = ['https://www.googleapis.com/auth/analytics.readonly'];
export const GA4_CALL_TIMEOUT_MS = 30_000;

/** Rejects with an AbortError as soon as the signal aborts; the SDK call itself is left to time out. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    return Promise.reject(Object.assign(new Error('GA4 request cancelled'), { name: 'AbortError' }));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(Object.assign(new Error('GA4 request cancelled'), { name: 'AbortError' }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => (signal.removeEventListener('abort', onAbort), resolve(v)),
      (e: unknown) => (signal.removeEventListener('abort', onAbort), reject(e))
    );
  });
}

export function createGa4Client(config: Ga4Config): Ga4Client {
  // Scoped JWT + the GAPIC's useJWTAccessWithScope: a self-signed JWT per request, no token endpoint round trip.
  // Node's own fetch: gaxios would otherwise import node-fetch dynamically at the first request.
  const authClient = new JWT({
    email: config.key.clientEmail,
    key: config.key.privateKey,
    keyId: config.key.privateKeyId,
    scopes: SCOPES,
    transporterOptions: { fetchImplementation: globalThis.fetch },
  });
  const { endpoint } = config;
  const sdk = new BetaAnalyticsDataClient({
    fallback: true,
    authClient,
    ...(endpoint ? { apiEndpoint: endpoint.host, port: endpoint.port ?? (endpoint.protocol === 'http' ? 80 : 443), protocol: endpoint.protocol } : {}),
  });
  const property = `properties/${config.propertyId}`;
  const callOptions = { timeout: GA4_CALL_TIMEOUT_MS };
  return {
    async runReport(request, signal) {
      const [response] = await raceAbort(sdk.runReport({ ...request, property }, callOptions), signal);
      return response;
    },
    async getMetadata(signal) {
      const [metadata] = await raceAbort(sdk.getMetadata({ name: `${property}/metadata` }, callOptions), signal);
      return metadata;
    },
    close() {
      void sdk.close().catch(() => undefined);
    },
  };
}
