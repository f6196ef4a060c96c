/**
 * A syncable "github" source over an in-memory list of pull requests, for the scheduler's and the store's tests:
 * backfill in two batches, then only items updated since the cursor; every item read counts as one request.
 */
import type { ChangeRecord, RecordKind } from '../../../common/records';
import type { FetchWindow, SourceContext, SourceResult, SyncBatch, SyncRequest, SyncableSource } from '../../sources/types';

export interface FakeItem {
  record: ChangeRecord;
  updatedAt: number;
}

export class FakeSyncSource implements SyncableSource {
  readonly name = 'github';
  readonly title = 'GitHub';
  readonly provides: readonly RecordKind[] = ['changes'];
  readonly items = new Map<string, FakeItem>();
  /** Ids handed out per sync run (the "requests"), newest run last. */
  readonly runs: string[][] = [];
  failWith?: string;
  /** Called between batches (e.g. to kill or abort in the middle). */
  betweenBatches?: () => void;

  put(record: ChangeRecord, updatedAt: number): void {
    this.items.set(record.id, { record, updatedAt });
  }

  async fetch(window: FetchWindow): Promise<SourceResult> {
    const changes = [...this.items.values()].map((i) => i.record).filter((r) => r.createdAt < window.to && (r.closedAt ?? Infinity) >= window.from);
    return { records: { changes }, notices: [] };
  }

  async *sync(request: SyncRequest, context: SourceContext): AsyncIterable<SyncBatch> {
    const since = request.cursor === undefined ? undefined : Number(request.cursor);
    const changed = [...this.items.values()].filter((i) => since === undefined || i.updatedAt > since).sort((a, b) => a.updatedAt - b.updatedAt);
    const run: string[] = [];
    this.runs.push(run);
    const halves = since === undefined ? [changed.slice(0, Math.ceil(changed.length / 2)), changed.slice(Math.ceil(changed.length / 2))] : [changed];
    for (const [i, half] of halves.entries()) {
      if (this.failWith) {
        throw new Error(this.failWith);
      }
      context.signal.throwIfAborted();
      half.forEach((item) => {
        run.push(item.record.id);
        context.telemetry.upstreamRequest('github');
      });
      const last = i === halves.length - 1;
      const cursor = half.length > 0 ? String(half[half.length - 1].updatedAt) : (request.cursor ?? '0');
      yield { upserts: { changes: half.map((h) => h.record) }, cursor, done: last, progress: (i + 1) / halves.length };
      this.betweenBatches?.();
    }
  }

  async checkHealth() {
    return { status: 'ok' as const, message: 'fake' };
  }

  dispose(): void {}
}
