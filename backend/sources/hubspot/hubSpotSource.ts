/** HubSpot as a record source: daily marketing email statistics (EmailStatsRow). */
import type { EmailStatsRow, RecordKind } from '../../../common/records';
import { badRequest } from '../../protocol/errors';
import { TtlCache } from '../_lib/ttlCache';
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
import { createHubSpotClient, type HubSpotClient } from './client';
import { toHubSpotError } from './errors';
import { realSleep, withRetries, type Sleep } from './retryPolicy';
import { checked, emailsListSchema, histogramSchema } from './schemas';
import type { HubSpotConfig, HubSpotConfigResult } from './settings';
import { countersOf, toEmailStatsRows } from './toEmailStatsRows';
import { HUBSPOT_PROVIDES } from './provides';
import { syncHubSpot } from './sync';

const DAY_MS = 86_400_000;
const CAMPAIGN_WINDOW_DAYS = 30;

export interface HubSpotSourceDeps {
  createClient: (config: HubSpotConfig) => HubSpotClient;
  sleep: Sleep;
}

export class HubSpotSource implements SyncableSource {
  readonly name = 'hubspot';
  readonly title = 'HubSpot';
  readonly provides = HUBSPOT_PROVIDES;
  private client?: HubSpotClient;
  private readonly cache: TtlCache<SourceResult>;
  private readonly deps: HubSpotSourceDeps;

  constructor(
    private readonly settings: HubSpotConfigResult,
    deps: Partial<HubSpotSourceDeps> = {}
  ) {
    this.deps = { createClient: createHubSpotClient, sleep: realSleep, ...deps };
    this.cache = new TtlCache(settings.ok ? settings.config.cacheTtlMs : 0);
  }

  async fetch(window: FetchWindow, kinds: readonly RecordKind[], context: SourceContext): Promise<SourceResult> {
    if (!kinds.includes('emailStats')) {
      return { records: {}, notices: [] };
    }
    const client = this.connect();
    try {
      const { value, hit } = await this.cache.get(
        `${window.from}-${window.to}`,
        context.now,
        context.signal,
        async (signal) => {
          const rows = await this.dailyRows(client, window, { ...context, signal });
          return { records: { emailStats: rows }, notices: [], meta: { interval: 'DAY', days: rows.length } };
        }
      );
      if (hit) {
        context.telemetry.cacheHit('hubspot');
      }
      return value;
    } catch (err) {
      throw toHubSpotError(err);
    }
  }

  /** A 1-day histogram (the last 24 hours): proves the token, its scope and the base path. */
  async checkHealth(context: SourceContext): Promise<SourceHealth> {
    if (!this.settings.ok) {
      return { status: 'error', message: this.settings.problem };
    }
    const client = this.connect();
    try {
      const histogram = await this.call(context, () =>
        client.dailyHistogram(new Date(context.now - DAY_MS), new Date(context.now), context.signal)
      );
      const sent = checked(histogramSchema, histogram, 'email statistics histogram').results.reduce(
        (sum, r) => sum + countersOf(r.aggregations).sent,
        0
      );
      return {
        status: 'ok',
        message: `HubSpot: marketing email statistics readable (${sent} emails sent in the last 24 hours)`,
      };
    } catch (err) {
      return { status: 'error', message: toHubSpotError(err).message };
    }
  }

  /** GET sources/hubspot/campaigns[?from=&to=] (epoch ms; default the last 30 days): per-campaign counters. */
  async resource(request: SourceResourceRequest, context: SourceContext): Promise<unknown> {
    if (request.path.join('/') !== 'campaigns') {
      return undefined;
    }
    const to = Number(request.query.get('to')) || context.now;
    const from = Number(request.query.get('from')) || to - CAMPAIGN_WINDOW_DAYS * DAY_MS;
    if (from >= to) {
      throw badRequest('HubSpot campaigns: "from" must be before "to" (epoch milliseconds)');
    }
    const client = this.connect();
    const list = checked(
      emailsListSchema,
      await this.call(context, () => client.emailsList(new Date(from), new Date(to), context.signal)),
      'email statistics list'
    );
    return {
      from,
      to,
      emails: (list.emails ?? []).map(String),
      campaigns: Object.entries(list.campaignAggregations ?? {}).map(([id, data]) => ({ id, ...countersOf(data) })),
      total: countersOf(list.aggregate),
    };
  }

  /** Day ranges into the store, uncached (sync.ts). */
  async *sync(request: SyncRequest, context: SourceContext): AsyncIterable<SyncBatch> {
    const client = this.connect();
    yield* syncHubSpot((window) => this.dailyRows(client, window, context), request, context);
  }

  dispose(): void {
    this.client = undefined;
    this.cache.clear();
  }

  private async dailyRows(client: HubSpotClient, window: FetchWindow, context: SourceContext): Promise<EmailStatsRow[]> {
    const histogram = await this.call(context, () =>
      client.dailyHistogram(new Date(window.from), new Date(window.to), context.signal)
    );
    return toEmailStatsRows(checked(histogramSchema, histogram, 'email statistics histogram'), window);
  }

  private async call<T>(context: SourceContext, request: () => Promise<T>): Promise<T> {
    try {
      return await withRetries(request, {
        signal: context.signal,
        sleep: this.deps.sleep,
        onAttempt: () => context.telemetry.upstreamRequest('hubspot'),
      });
    } catch (err) {
      throw toHubSpotError(err);
    }
  }

  private connect(): HubSpotClient {
    if (!this.settings.ok) {
      throw badRequest(this.settings.problem);
    }
    this.client ??= this.deps.createClient(this.settings.config);
    return this.client;
  }
}
