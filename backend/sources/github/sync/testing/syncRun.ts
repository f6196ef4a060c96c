/** One sync run on the shared store stand-in (sources/_lib/testing/syncHarness.ts), with the run's counters. */
import type { RecordKind, RecordSet } from '../../../../../common/records';
import { testSourceContext } from '../../../../plugin/testing/testContext';
import { byId, type RunOptions, type SyncHarness } from '../../../_lib/testing/syncHarness';
import type { SyncableSource, SyncBatch } from '../../../types';

export const SYNC_KINDS: readonly RecordKind[] = ['changes', 'reviews', 'deployments', 'releases', 'workItems', 'incidents'];

export interface SyncRun {
  batches: SyncBatch[];
  context: ReturnType<typeof testSourceContext>;
}

export async function syncOnce(harness: SyncHarness, source: SyncableSource, now: number, options: RunOptions & { signal?: AbortSignal } = {}): Promise<SyncRun> {
  const context = testSourceContext(now);
  const batches = await harness.run(source, options.signal ? { ...context, signal: options.signal } : context, options);
  return { batches, context };
}

/** Every kind's records sorted by id: a store and a fetch compare equal modulo order. */
export const sortedById = (records: RecordSet, kinds: readonly RecordKind[] = SYNC_KINDS): RecordSet =>
  Object.fromEntries(kinds.map((k) => [k, byId((records[k] ?? []) as Array<{ id: string }>)]));

/** What the harness holds, per kind, sorted by id. */
export const storedRecords = (harness: SyncHarness, kinds: readonly RecordKind[] = SYNC_KINDS): RecordSet => Object.fromEntries(kinds.map((k) => [k, harness.all(k)]));
