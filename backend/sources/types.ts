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
