/** Google Analytics 4 as a record source: daily web traffic per device and channel (WebTrafficRow). */
import type { RecordKind } from '../../../common/records';
import { badRequest } from '../../protocol/errors';
import type {
  FetchWindow,
  SourceContext,
  SourceHealth,
  SourceResourceRequest,
  SourceResult,
  SyncableSource,
  SyncBatch,
  SyncRequest,
} from '../types';
import { createGa4Client, type Ga4Client } from './client';
import { toGa4Error } from './errors';
import { runPagedReport, trafficReportRequest } from './report';
import { quotaMeta } from './reportState';
import type { Ga4Config, Ga4ConfigResult } from './settings';
import { trafficResult } from './trafficResult';
import { TtlCache } from '../_lib/ttlCache';
import { GA4_PROVIDES } from './provides';
import { syncGa4 } from './sync';

export type Ga4ClientFactory = (config: Ga4Config) => Ga4Client;

export class Ga4Source implements SyncableSource {
  readonly name = 'ga4';
  readonly title = 'Google Analytics 4';
  readonly provides = GA4_PROVIDES;
  private client?: Ga4Client;
  private readonly cache: TtlCache<SourceResult>;

  constructor(
    private readonly settings: Ga4ConfigResult,
    private readonly createClient: Ga4ClientFactory = createGa4Client
  ) {
    this.cache = new TtlCache(settings.ok ? settings.config.cacheTtlMs : 0);
  }

  async fetch(window: FetchWindow, kinds: readonly RecordKind[], context: SourceContext): Promise<SourceResult> {
    if (!kinds.includes('webTraffic')) {
      return { records: {}, notices: [] };
    }
    const { config, client } = this.connect();
    const request = trafficReportRequest(window, config.includePagePath);
    const key = JSON.stringify(request);
    try {
      const { value, hit } = await this.cache.get(key, context.now, context.signal, async (signal) => {
        const pages = await runPagedReport(client, request, { ...context, signal });
        return trafficResult(pages, config.propertyId);
      });
      if (hit) {
        context.telemetry.cacheHit('ga4');
      }
      return value;
    } catch (err) {
      throw toGa4Error(err, { propertyId: config.propertyId, clientEmail: config.key.clientEmail, now: context.now });
    }
  }

  /** Day ranges into the store, uncached (sync.ts). */
  async *sync(request: SyncRequest, context: SourceContext): AsyncIterable<SyncBatch> {
    const { config, client } = this.connect();
    yield* syncGa4(config, client, request, context);
  }

  /** A 1-row report over the last 7 days: proves the key, the property access and the quota. */
  async checkHealth(context: SourceContext): Promise<SourceHealth> {
    if (!this.settings.ok) {
      return { status: 'error', message: this.settings.problem };
    }
    const { config, client } = this.connect();
    try {
      context.telemetry.upstreamRequest('ga4');
      const report = await client.runReport(
        {
          metrics: [{ name: 'sessions' }],
          dateRanges: [{ startDate: '7daysAgo', endDate: 'today' }],
          limit: 1,
          returnPropertyQuota: true,
        },
        context.signal
      );
      const hourly = quotaMeta(report.propertyQuota)?.tokensPerHour;
      const tokens = hourly ? `, ${hourly.remaining} hourly quota tokens left` : '';
      return {
        status: 'ok',
        message: `GA4: property ${config.propertyId} reachable (time zone ${report.metadata?.timeZone ?? 'unknown'}${tokens})`,
      };
    } catch (err) {
      return {
        status: 'error',
        message: toGa4Error(err, {
          propertyId: config.propertyId,
          clientEmail: config.key.clientEmail,
          now: context.now,
        }).message,
      };
    }
  }

  /** GET sources/ga4/metadata: the metrics and dimensions the property offers (custom ones included). */
  async resource(request: SourceResourceRequest, context: SourceContext): Promise<unknown> {
    if (request.path.join('/') !== 'metadata') {
      return undefined;
    }
    const { config, client } = this.connect();
    try {
      context.telemetry.upstreamRequest('ga4');
      const metadata = await client.getMetadata(context.signal);
      const pick = (
        items:
          | Array<{
              apiName?: string | null;
              uiName?: string | null;
              category?: string | null;
              customDefinition?: boolean | null;
            }>
          | null
          | undefined
      ) =>
        (items ?? []).map((m) => ({
          apiName: m.apiName ?? '',
          uiName: m.uiName ?? '',
          category: m.category ?? '',
          custom: Boolean(m.customDefinition),
        }));
      return { propertyId: config.propertyId, dimensions: pick(metadata.dimensions), metrics: pick(metadata.metrics) };
    } catch (err) {
      throw toGa4Error(err, { propertyId: config.propertyId, clientEmail: config.key.clientEmail, now: context.now });
    }
  }

  dispose(): void {
    this.client?.close();
    this.client = undefined;
    this.cache.clear();
  }

  private connect(): { config: Ga4Config; client: Ga4Client } {
    if (!this.settings.ok) {
      throw badRequest(this.settings.problem);
    }
    this.client ??= this.createClient(this.settings.config);
    return { config: this.settings.config, client: this.client };
  }
}
