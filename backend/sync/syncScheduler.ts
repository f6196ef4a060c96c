/**
 * Background sync of one data source instance: each live source runs on its own interval (GitHub hourly, the
 * others daily by default), continues a backfill until it is done, pauses when its request budget for the hour is
 * used, backs off after failures, and leaves a source alone while another Grafana instance holds its lock.
 */
import type { SyncedSourceName } from '../../common/settings';
import type { SourceSyncState, SourceSyncView } from '../../common/syncStatus';
import type { Logger } from '../protocol/logger';
import type { SourceTelemetry, SyncableSource } from '../sources/types';
import type { RecordStore, SyncStatus } from '../store/recordStore';
import { RequestLog } from './requestLog';
import { runSourceSync, type SyncOutcome } from './runSourceSync';

const MINUTE_MS = 60_000;
/** After a failure, or while another instance holds the lock: look again after this long (or the interval if shorter). */
const RETRY_MS = 5 * MINUTE_MS;

export interface ScheduledSource {
  source: SyncableSource & { name: SyncedSourceName };
  scope: string;
  intervalMs: number;
  budgetPerHour?: number;
}

export interface SyncSchedulerOptions {
  store: RecordStore;
  instance: string;
  sources: ScheduledSource[];
  backfillDays: number;
  telemetry: SourceTelemetry;
  logger: Logger;
  scrub: (text: string) => string;
  now?: () => number;
}

interface Runtime extends ScheduledSource {
  requests: RequestLog;
  status?: SyncStatus;
  running?: Promise<void>;
  timer?: NodeJS.Timeout;
  nextRunAt?: number;
  lastOutcome?: SyncOutcome;
  failures: number;
}

/** The stored status when it belongs to the source's current settings (a scope change makes it moot). */
const currentStatus = (runtime: Runtime): SyncStatus | undefined => (runtime.status?.scope === runtime.scope ? runtime.status : undefined);

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

export class SyncScheduler {
  private readonly runtimes = new Map<SyncedSourceName, Runtime>();
  private readonly stopping = new AbortController();
  private readonly now: () => number;

  constructor(private readonly options: SyncSchedulerOptions) {
    this.now = options.now ?? Date.now;
    for (const scheduled of options.sources) {
      this.runtimes.set(scheduled.source.name, { ...scheduled, requests: new RequestLog(), failures: 0 });
    }
  }

  /** Reads each source's stored status, then runs what is due (a fresh store: everything, at once). */
  start(): void {
    for (const runtime of this.runtimes.values()) {
      void this.run(runtime, false);
    }
  }

  /** Runs the source now (unless a run is in progress, which is awaited instead). */
  async runNow(name: SyncedSourceName): Promise<void> {
    const runtime = this.runtimes.get(name);
    if (!runtime) {
      throw new Error(`${name} is not synced by this data source.`);
    }
    if (runtime.running) {
      return runtime.running;
    }
    if (this.stopping.signal.aborted) {
      return;
    }
    clearTimeout(runtime.timer);
    return this.run(runtime, true);
  }

  /** Resolves when the source's current run, if any, has ended. */
  async idle(name: SyncedSourceName): Promise<void> {
    await this.runtimes.get(name)?.running;
  }

  /** What queries need without any I/O: the last known status of the source, undefined before the first look. */
  snapshot(name: SyncedSourceName): { status?: SyncStatus; view: SourceSyncView } | undefined {
    const runtime = this.runtimes.get(name);
    return runtime && { status: currentStatus(runtime), view: this.view(runtime) };
  }

  /** Each source's state, from the store's current status (a running backfill's progress, another instance's sync). */
  async views(): Promise<SourceSyncView[]> {
    const runtimes = [...this.runtimes.values()];
    await Promise.all(runtimes.map((r) => this.refreshStatus(r)));
    return runtimes.map((r) => this.view(r));
  }

  /** Stops timers and aborts runs; resolves when in-flight runs have stopped (their last batch committed or not). */
  async dispose(): Promise<void> {
    this.stopping.abort(new Error('data source disposed'));
    const running = [...this.runtimes.values()].map((r) => {
      clearTimeout(r.timer);
      return r.running;
    });
    await Promise.all(running);
  }

  private schedule(runtime: Runtime, at: number): void {
    if (this.stopping.signal.aborted) {
      return;
    }
    clearTimeout(runtime.timer);
    runtime.nextRunAt = at;
    runtime.timer = setTimeout(() => void this.run(runtime, false), Math.max(0, at - this.now()));
    runtime.timer.unref();
  }

  private run(runtime: Runtime, forced: boolean): Promise<void> {
    runtime.running = this.runOnce(runtime, forced).finally(() => {
      runtime.running = undefined;
    });
    return runtime.running;
  }

  private async refreshStatus(runtime: Runtime): Promise<void> {
    runtime.status = await this.options.store.status(this.options.instance, runtime.source.name);
  }

  /**
   * Rereads the stored status of a source that has not backfilled yet: with a shared store, another instance may
   * have completed the backfill since this one last looked.
   */
  async recheck(name: SyncedSourceName): Promise<void> {
    const runtime = this.runtimes.get(name);
    if (runtime && !runtime.running && !currentStatus(runtime)?.backfilled) {
      await this.refreshStatus(runtime);
    }
  }

  private async runOnce(runtime: Runtime, forced: boolean): Promise<void> {
    const { store, instance, logger } = this.options;
    const name = runtime.source.name;
    if (this.stopping.signal.aborted) {
      return;
    }
    try {
      await this.refreshStatus(runtime);
      const status = currentStatus(runtime);
      const dueAt = status?.backfilled && status.lastSuccessAt !== undefined ? status.lastSuccessAt + runtime.intervalMs : 0;
      if (!forced && dueAt > this.now()) {
        this.schedule(runtime, dueAt);
        return;
      }
      const began = this.now();
      runtime.nextRunAt = undefined;
      const outcome = await runSourceSync({
        store,
        instance,
        source: runtime.source,
        scope: runtime.scope,
        backfillFrom: this.now() - this.options.backfillDays * 24 * 60 * MINUTE_MS,
        now: this.now,
        signal: this.stopping.signal,
        telemetry: this.options.telemetry,
        logger,
        requests: runtime.requests,
        budgetPerHour: runtime.budgetPerHour,
        scrub: this.options.scrub,
      });
      runtime.lastOutcome = outcome;
      await this.refreshStatus(runtime);
      logger.info('sync run ended', { source: name, outcome: outcome.kind, ms: this.now() - began, requestsLastHour: runtime.requests.lastHour(this.now()) });
      this.scheduleAfter(runtime, outcome);
    } catch (err) {
      // The store itself failed (disk full, database down): try again later.
      runtime.lastOutcome = { kind: 'failed', error: this.options.scrub(err instanceof Error ? err.message : String(err)) };
      logger.error('sync could not run', { source: name, error: runtime.lastOutcome.error });
      this.scheduleAfter(runtime, runtime.lastOutcome);
    }
  }

  private scheduleAfter(runtime: Runtime, outcome: SyncOutcome): void {
    const now = this.now();
    runtime.failures = outcome.kind === 'failed' ? runtime.failures + 1 : 0;
    switch (outcome.kind) {
      case 'done':
        return this.schedule(runtime, now + runtime.intervalMs);
      case 'paused':
        return this.schedule(runtime, outcome.resumeAt);
      case 'locked':
        return this.schedule(runtime, now + Math.min(runtime.intervalMs, RETRY_MS));
      case 'failed':
        return this.schedule(runtime, now + Math.min(runtime.intervalMs, RETRY_MS * 2 ** Math.min(runtime.failures - 1, 6)));
      case 'aborted':
        return;
    }
  }

  private stateOf(runtime: Runtime, status: SyncStatus | undefined): SourceSyncState {
    if (runtime.running) {
      return status?.backfilled ? 'syncing' : 'backfilling';
    }
    const success = status?.lastSuccessAt;
    // This process's last run says best whether the error still holds (a later batch may have been committed);
    // without one (another instance syncs), the stored error counts when no success came after it.
    const outcome = runtime.lastOutcome?.kind;
    if (outcome === 'failed' || (outcome === undefined && status?.lastError && (success === undefined || (status.lastAttemptAt ?? 0) > success))) {
      return 'failed';
    }
    if (runtime.lastOutcome?.kind === 'locked') {
      return 'synced_elsewhere';
    }
    if (!status?.backfilled) {
      return 'backfilling';
    }
    if (success === undefined || this.now() - success > 2 * runtime.intervalMs) {
      return 'stale';
    }
    return 'ok';
  }

  private view(runtime: Runtime): SourceSyncView {
    const status = currentStatus(runtime);
    return {
      source: runtime.source.name,
      title: runtime.source.title,
      state: this.stateOf(runtime, status),
      intervalMinutes: runtime.intervalMs / MINUTE_MS,
      lastSuccessAt: iso(status?.lastSuccessAt),
      lastAttemptAt: iso(status?.lastAttemptAt),
      nextRunAt: iso(runtime.nextRunAt),
      lastError: runtime.lastOutcome?.kind === 'failed' ? runtime.lastOutcome.error : status?.lastError,
      progress: status?.backfilled ? undefined : status?.progress,
      counts: status?.counts ?? {},
      requestsLastHour: runtime.requests.lastHour(this.now()),
      budgetPerHour: runtime.budgetPerHour,
    };
  }
}
