/**
 * The store as one data source instance sees it: its scheduler (writes) and reader (queries). A source is read
 * from the store once its first backfill has completed; before that, and when the store cannot be opened,
 * queries call the provider directly and say so in a notice.
 */
import type { Notice } from '../../common/metricResult';
import type { RecordKind } from '../../common/records';
import type { SyncedSourceName, TeamMetricsJsonData } from '../../common/settings';
import type { SourceSyncView, SyncStatusResponse } from '../../common/syncStatus';
import type { Logger } from '../protocol/logger';
import { isSyncable, type FetchWindow, type RecordSource, type SourceResult, type SourceTelemetry } from '../sources/types';
import type { RecordStore } from '../store/recordStore';
import { scopeOf } from './scopeOf';
import { StoreReader } from './storeReader';
import { SyncScheduler, type ScheduledSource } from './syncScheduler';
import { isSyncedSource, resolveSyncSettings } from './syncSettings';

export interface StoreSyncOptions {
  /** Loads and opens the store (node:sqlite or pg is loaded only when a data source uses it); see store/openStore.ts. */
  openStore: () => Promise<RecordStore>;
  mode: 'embedded' | 'postgres';
  /** Where the store is, for the status (a directory or host/database; never a password). */
  location: string;
  instance: string;
  jsonData: TeamMetricsJsonData;
  sources: readonly RecordSource[];
  telemetry: SourceTelemetry;
  logger: Logger;
  scrub: (text: string) => string;
  now?: () => number;
  /** First wait before opening the store again after it failed (doubling up to 10 minutes); default 30 s. */
  retryOpenMs?: number;
}

const MAX_RETRY_OPEN_MS = 600_000;

/** A store answer, or what to add to a live fetch's result (why it was not answered from the store). */
export type StoreAnswer = { fromStore: true; result: SourceResult } | { fromStore: false; notices: Notice[]; meta?: Record<string, unknown> };

const MINUTE_MS = 60_000;

const askedDirectly = (source: RecordSource, error: string): StoreAnswer => ({
  fromStore: false,
  notices: [{ severity: 'warning', text: `Store unavailable (${error}); ${source.title} was asked directly.` }],
});

interface Opened {
  store: RecordStore;
  scheduler: SyncScheduler;
  reader: StoreReader;
}

export class StoreSync {
  private opening: Promise<Opened | undefined>;
  private opened?: Opened;
  private openError?: string;
  private retryTimer?: NodeJS.Timeout;
  private disposed = false;

  constructor(private readonly options: StoreSyncOptions) {
    this.opening = this.tryOpen(0);
  }

  /** Opens the store; when it cannot be opened (database down, directory not writable), tries again later. */
  private tryOpen(attempt: number): Promise<Opened | undefined> {
    const { options } = this;
    return this.open().then(
      async (opened) => {
        if (this.disposed) {
          await opened.store.close();
          return undefined;
        }
        this.opened = opened;
        this.openError = undefined;
        opened.scheduler.start();
        return opened;
      },
      (err: unknown) => {
        this.openError = options.scrub(err instanceof Error ? err.message : String(err));
        const retryMs = Math.min(MAX_RETRY_OPEN_MS, (options.retryOpenMs ?? 30_000) * 2 ** attempt);
        options.logger.error('store could not be opened; queries call the providers directly', { error: this.openError, retryInMs: retryMs });
        if (!this.disposed) {
          this.retryTimer = setTimeout(() => (this.opening = this.tryOpen(attempt + 1)), retryMs);
          this.retryTimer.unref();
        }
        return undefined;
      }
    );
  }

  private async open(): Promise<Opened> {
    const { options } = this;
    const store = await options.openStore();
    const settings = resolveSyncSettings(options.jsonData.store);
    const scheduled: ScheduledSource[] = options.sources.flatMap((source) => {
      const name = source.name;
      if (!isSyncable(source) || !isSyncedSource(name)) {
        return [];
      }
      return [
        {
          source: source as ScheduledSource['source'],
          scope: scopeOf(options.jsonData, name),
          intervalMs: settings.intervalMinutes[name] * MINUTE_MS,
          budgetPerHour: settings.budgetPerHour[name],
        },
      ];
    });
    const scheduler = new SyncScheduler({
      store,
      instance: options.instance,
      sources: scheduled,
      backfillDays: settings.backfillDays,
      telemetry: options.telemetry,
      logger: options.logger,
      scrub: options.scrub,
      now: options.now,
    });
    return { store, scheduler, reader: new StoreReader(store, options.instance) };
  }

  /** Resolves once the store is open and the scheduler started, or could not be opened (tests, status). */
  async ready(): Promise<void> {
    await this.opening;
  }

  async answer(source: RecordSource, window: FetchWindow, kinds: readonly RecordKind[]): Promise<StoreAnswer> {
    const name = source.name;
    if (!isSyncedSource(name)) {
      return { fromStore: false, notices: [] };
    }
    if (this.openError) {
      return askedDirectly(source, this.openError);
    }
    try {
      return await this.fromStore(source, window, kinds);
    } catch (err) {
      const error = this.options.scrub(err instanceof Error ? err.message : String(err));
      this.options.logger.warn('store read failed; asking the provider', { source: name, error });
      return askedDirectly(source, error);
    }
  }

  private async fromStore(source: RecordSource, window: FetchWindow, kinds: readonly RecordKind[]): Promise<StoreAnswer> {
    const name = source.name as SyncedSourceName;
    await this.opened?.scheduler.recheck(name);
    const snapshot = this.opened?.scheduler.snapshot(name);
    if (!this.opened || !snapshot) {
      return { fromStore: false, notices: [] };
    }
    const { status, view } = snapshot;
    const meta = { store: this.metaOf(view) };
    if (!status?.backfilled) {
      const progress = view.progress !== undefined ? ` (${Math.round(view.progress * 100)}%)` : '';
      const why = view.state === 'failed' && view.lastError ? ` The last attempt failed: ${view.lastError}` : '';
      return {
        fromStore: false,
        meta,
        notices: [{ severity: 'info', text: `${source.title}: the first sync into the store is in progress${progress}; until it completes, ${source.title} is asked directly.${why}` }],
      };
    }
    const records = await this.opened.reader.read(name, kinds, window);
    return { fromStore: true, result: { records, notices: this.noticesOf(source.title, view), meta } };
  }

  /** Synced sources with their state; while the store opens (or when it cannot), the sources are listed without a sync yet. */
  async status(): Promise<SyncStatusResponse> {
    return { store: { mode: this.options.mode, location: this.options.location, error: this.openError }, sources: (await this.opened?.scheduler.views()) ?? [] };
  }

  /** Starts a run of the source now (a run in progress is not started twice); resolves when it has started. */
  async runNow(name: SyncedSourceName): Promise<SyncStatusResponse> {
    const opened = await this.opening;
    if (!opened) {
      throw new Error(`Store unavailable: ${this.openError ?? 'not opened'}`);
    }
    void opened.scheduler.runNow(name);
    return this.status();
  }

  /** Resolves when the source's current run (if any) has ended — for tests and benchmarks. */
  async settle(name: SyncedSourceName): Promise<void> {
    const opened = await this.opening;
    await opened?.scheduler.idle(name);
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    clearTimeout(this.retryTimer);
    const opened = await this.opening;
    if (opened) {
      await opened.scheduler.dispose();
      await opened.store.close();
    }
  }

  private metaOf(view: SourceSyncView) {
    return { state: view.state, lastSuccessAt: view.lastSuccessAt, lastError: view.lastError, counts: view.counts };
  }

  private noticesOf(title: string, view: SourceSyncView): Notice[] {
    const synced = view.lastSuccessAt ? `data synced at ${view.lastSuccessAt}` : 'no completed sync';
    if (view.state === 'failed') {
      return [{ severity: 'warning', text: `${title}: the last sync failed (${view.lastError ?? 'unknown error'}); showing ${synced}.` }];
    }
    if (view.state === 'stale') {
      return [{ severity: 'warning', text: `${title}: stale data — ${synced}, more than twice the ${view.intervalMinutes}-minute sync interval ago.` }];
    }
    return [];
  }
}
