/**
 * The contract between the plugin and a provider (GitHub, Asana, Notion, GA4, HubSpot, demo): a source
 * turns provider data into normalized records (common/records.ts). It computes no KPI and knows nothing of
 * the protocol; errors it throws are QueryErrors (protocol/errors.ts) with status and `downstream` source.
 */
import type { Notice } from '../../common/metricResult';
import type { VariableKind } from '../../common/query';
import type { RecordKind, RecordSet, SourceName } from '../../common/records';
import type { TeamMetricsJsonData, TeamMetricsSecureJsonData } from '../../common/settings';
import type { Logger } from '../protocol/logger';

export interface FetchWindow {
  /** Inclusive start, exclusive end, epoch ms. Items alive in the window (e.g. still open) belong to it too. */
  from: number;
  to: number;
}

/** Counters a source reports to CollectMetrics (teammetrics_upstream_requests_total, _cache_hits_total). */
export interface SourceTelemetry {
  upstreamRequest(source: SourceName): void;
  cacheHit(source: SourceName): void;
}

export interface SourceContext {
  /** Aborted when the query's deadline passes or Grafana cancels. */
  signal: AbortSignal;
  telemetry: SourceTelemetry;
  logger: Logger;
  /** The current instant; sources read no clock of their own (tests inject it). */
  now: number;
}

export interface SourceHealth {
  status: 'ok' | 'error';
  /** One line a person can act on, e.g. "GitHub: token lacks the read:org scope". Never a secret. */
  message: string;
}

export interface OptionValue {
  value: string;
  label: string;
}

/** What a fetch returns: the records, plus what the user must be told about them. */
export interface SourceResult {
  records: RecordSet;
  /** E.g. "GA4 report is sampled", "search results capped: split into 3 windows". Shown as frame notices. */
  notices: Notice[];
  /** Machine-readable state shown in frame meta (e.g. GA4 quota), keyed by the source's name. */
  meta?: Record<string, unknown>;
}

/** A provider-specific resource call under GET sources/<name>/<path...> (e.g. GitHub workflows, labels). */
export interface SourceResourceRequest {
  path: string[];
  query: URLSearchParams;
}

export interface RecordSource {
  readonly name: SourceName;
  /** Shown in Save & test and the config editor, e.g. "GitHub". */
  readonly title: string;
  /** Record kinds this source can provide with its current settings. */
  readonly provides: readonly RecordKind[];
  /** Records of the asked kinds for the window. Kinds it does not provide are left out. */
  fetch(window: FetchWindow, kinds: readonly RecordKind[], context: SourceContext): Promise<SourceResult>;
  checkHealth(context: SourceContext): Promise<SourceHealth>;
  /** Option lists the provider knows directly (e.g. GitHub repos); undefined = derive them from records. */
  options?(kind: VariableKind, context: SourceContext): Promise<OptionValue[] | undefined>;
  /** Answers GET sources/<name>/<path...> with a JSON body; undefined = no such resource (404). */
  resource?(request: SourceResourceRequest, context: SourceContext): Promise<unknown>;
  dispose(): void;
}

/** Settings a provider's factory receives: the data source's jsonData and its decrypted secrets. */
export interface SourceSettings {
  jsonData: TeamMetricsJsonData;
  secrets: TeamMetricsSecureJsonData;
}

export type SourceFactory = (settings: SourceSettings) => RecordSource;

/**
 * Incremental sync into the store (issue #9). A source that implements `sync` is copied into the plugin's store
 * on a schedule, and queries read the store instead of calling the provider.
 */
export interface SyncRequest {
  /**
   * The cursor saved with the last batch the store committed for this source (opaque to the store; a source
   * usually keeps JSON in it). Undefined = nothing synced yet: backfill from `backfillFrom`.
   */
  cursor?: string;
  /** Start of the first-run backfill, epoch ms (default now − 180 days). */
  backfillFrom: number;
  /** The record kinds to keep in the store: the source's `provides`. */
  kinds: readonly RecordKind[];
  /**
   * Records this source already has in the store (alive in the window; all when window is undefined), for
   * sources that link new items to old ones (e.g. a deployment to the pull requests it shipped).
   */
  stored(kinds: readonly RecordKind[], window?: FetchWindow): Promise<RecordSet>;
}

/** A window of one kind whose stored records are replaced by a batch (see SyncBatch.replace). */
export interface ReplaceWindow {
  kind: RecordKind;
  /** Records of this kind whose store time (`start`, see store/recordTimes.ts) is in [from, to) are replaced. */
  window: FetchWindow;
}

/**
 * One step of a sync, committed by the store in one transaction together with its cursor: a process killed
 * between batches loses nothing and the next run resumes from the last committed cursor.
 */
export interface SyncBatch {
  /** Records to insert or overwrite (same kind + id = same record). */
  upserts: RecordSet;
  /** Ids removed upstream, per kind. */
  deletes?: Partial<Record<RecordKind, string[]>>;
  /**
   * For data re-read by window (GA4 days, HubSpot stats, deployments of the last days): every stored record of
   * the kind whose start lies in the window and that is not among this batch's upserts is deleted.
   */
  replace?: ReplaceWindow[];
  /** Saved with the batch; passed back as SyncRequest.cursor on the next run. */
  cursor: string;
  /** True on the last batch of a run (the source is now up to date as of SyncContext.now). */
  done: boolean;
  /** 0..1 progress of a backfill, for the sync status ("backfill 40%"). */
  progress?: number;
  notices?: Notice[];
}

/**
 * A live provider kept in the store. When the provider's settings (its jsonData section) change, the store drops
 * the source's records and cursor and backfills again, so a source never has to detect a change of scope.
 */
export interface SyncableSource extends RecordSource {
  /**
   * Batches from the cursor to now; each is committed before the next is requested. Upstream requests are
   * reported through context.telemetry as for fetch; context.signal aborts the run (deadline, budget, shutdown)
   * and the source then throws, leaving the last committed cursor in place.
   */
  sync(request: SyncRequest, context: SourceContext): AsyncIterable<SyncBatch>;
}

export function isSyncable(source: RecordSource): source is SyncableSource {
  return typeof (source as Partial<SyncableSource>).sync === 'function';
}
