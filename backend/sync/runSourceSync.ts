/**
 * One sync run of one source: take the lock, make sure the stored data belongs to the current settings, then
 * commit the source's batches one by one. A failure or a kill leaves the last committed batch and its cursor;
 * the next run resumes there.
 */
import type { SourceName } from '../../common/records';
import type { Logger } from '../protocol/logger';
import type { SourceTelemetry, SyncableSource } from '../sources/types';
import type { RecordStore } from '../store/recordStore';
import type { RequestLog } from './requestLog';

export type SyncOutcome =
  | { kind: 'done' }
  /** The budget for the rolling hour is used up; the run stopped after its last committed batch. */
  | { kind: 'paused'; resumeAt: number }
  /** Another process holds the source's lock. */
  | { kind: 'locked' }
  | { kind: 'failed'; error: string }
  | { kind: 'aborted' };

export interface SourceSyncRun {
  store: RecordStore;
  instance: string;
  source: SyncableSource;
  scope: string;
  backfillFrom: number;
  now: () => number;
  signal: AbortSignal;
  telemetry: SourceTelemetry;
  logger: Logger;
  requests: RequestLog;
  /** Requests allowed per rolling hour; undefined = no budget. */
  budgetPerHour?: number;
  /** Makes an error message safe to store and show (the plugin's secret redactor). */
  scrub: (text: string) => string;
}

class BudgetExhausted extends Error {}

export async function runSourceSync(run: SourceSyncRun): Promise<SyncOutcome> {
  const { store, instance, source } = run;
  const name: SourceName = source.name;
  const lock = await store.tryLock(instance, name);
  if (!lock) {
    return { kind: 'locked' };
  }
  const controller = new AbortController();
  const stopOnOuter = () => controller.abort(run.signal.reason);
  run.signal.addEventListener('abort', stopOnOuter, { once: true });
  if (run.signal.aborted) {
    controller.abort(run.signal.reason);
  }
  const overBudget = () => run.budgetPerHour !== undefined && run.requests.lastHour(run.now()) >= run.budgetPerHour;
  const telemetry: SourceTelemetry = {
    upstreamRequest: (s) => {
      run.requests.record(run.now());
      run.telemetry.upstreamRequest(s);
      // A runaway batch is cut at 10% over the budget; normally the run stops between batches.
      if (run.budgetPerHour !== undefined && run.requests.lastHour(run.now()) > run.budgetPerHour * 1.1) {
        controller.abort(new BudgetExhausted());
      }
    },
    cacheHit: (s) => run.telemetry.cacheHit(s),
  };
  try {
    const status = await store.ensureScope(instance, name, run.scope);
    await store.markAttempt(instance, name, run.now());
    if (overBudget()) {
      return { kind: 'paused', resumeAt: run.requests.freesAt(run.now(), run.budgetPerHour ?? 0) };
    }
    const batches = source.sync(
      {
        cursor: status.cursor,
        backfillFrom: run.backfillFrom,
        kinds: source.provides,
        stored: (kinds, window) => store.read(instance, name, kinds, window),
      },
      { signal: controller.signal, telemetry, logger: run.logger, now: run.now() }
    );
    for await (const batch of batches) {
      await store.applyBatch(instance, name, batch, run.now());
      if (batch.done) {
        return { kind: 'done' };
      }
      if (controller.signal.aborted) {
        break;
      }
      if (overBudget()) {
        return { kind: 'paused', resumeAt: run.requests.freesAt(run.now(), run.budgetPerHour ?? 0) };
      }
    }
    if (controller.signal.reason instanceof BudgetExhausted) {
      return { kind: 'paused', resumeAt: run.requests.allFreeAt(run.now()) };
    }
    if (controller.signal.aborted) {
      return { kind: 'aborted' };
    }
    throw new Error(`${source.title}: the sync ended without a final batch.`);
  } catch (err) {
    // Cut in the middle of a batch, nothing of it committed: resume with the whole hour's budget, or it is cut again.
    if (controller.signal.reason instanceof BudgetExhausted) {
      return { kind: 'paused', resumeAt: run.requests.allFreeAt(run.now()) };
    }
    if (run.signal.aborted) {
      return { kind: 'aborted' };
    }
    const error = run.scrub(err instanceof Error ? err.message : String(err));
    run.logger.warn('sync failed', { source: name, error });
    await store.markFailure(instance, name, error, run.now()).catch((e: unknown) => run.logger.error('could not record a sync failure', { source: name, error: run.scrub(String(e)) }));
    return { kind: 'failed', error };
  } finally {
    run.signal.removeEventListener('abort', stopOnOuter);
    await lock.release().catch(() => undefined);
  }
}
