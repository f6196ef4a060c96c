/**
 * An in-memory stand-in for the record store in sources' sync tests: applies batches as the store does (window
 * replacement on the record's store start, then upserts, then deletes), keeps the last cursor, and answers
 * SyncRequest.stored.
 */
import type { RecordKind, RecordSet } from '../../../../common/records';
import { recordTimes } from '../../../store/recordTimes';
import type { FetchWindow, SourceContext, SyncableSource, SyncBatch, SyncRequest } from '../../types';

type AnyRecord = NonNullable<RecordSet[RecordKind]>[number];

export interface RunOptions {
  /** Stop consuming after this many batches (a process killed between batches). */
  stopAfter?: number;
  /** Called after each batch is applied (e.g. to abort the run). */
  afterBatch?: (batch: SyncBatch) => void;
}

export class SyncHarness {
  readonly records = new Map<RecordKind, Map<string, AnyRecord>>();
  cursor?: string;

  constructor(
    private readonly backfillFrom: number,
    private readonly kinds: readonly RecordKind[]
  ) {}

  request(): SyncRequest {
    return {
      cursor: this.cursor,
      backfillFrom: this.backfillFrom,
      kinds: this.kinds,
      stored: async (kinds, window) => this.stored(kinds, window),
    };
  }

  /** Runs one sync; returns the batches it committed. */
  async run(source: SyncableSource, context: SourceContext, options: RunOptions = {}): Promise<SyncBatch[]> {
    const batches: SyncBatch[] = [];
    for await (const batch of source.sync(this.request(), context)) {
      this.apply(batch);
      batches.push(batch);
      options.afterBatch?.(batch);
      if (batch.done || batches.length === options.stopAfter) {
        break;
      }
    }
    return batches;
  }

  apply(batch: SyncBatch): void {
    for (const { kind, window } of batch.replace ?? []) {
      const kept = new Set(((batch.upserts[kind] ?? []) as AnyRecord[]).map((r) => r.id));
      const table = this.table(kind);
      for (const [id, record] of table) {
        const { start } = recordTimes(kind, record as never);
        if (start >= window.from && start < window.to && !kept.has(id)) {
          table.delete(id);
        }
      }
    }
    for (const [kind, records] of Object.entries(batch.upserts) as Array<[RecordKind, AnyRecord[]]>) {
      records.forEach((r) => this.table(kind).set(r.id, structuredClone(r)));
    }
    for (const [kind, ids] of Object.entries(batch.deletes ?? {}) as Array<[RecordKind, string[]]>) {
      ids.forEach((id) => this.table(kind).delete(id));
    }
    this.cursor = batch.cursor;
  }

  /** The stored records of a kind, by id. */
  all<K extends RecordKind>(kind: K): NonNullable<RecordSet[K]> {
    return [...this.table(kind).values()].sort((a, b) => (a.id < b.id ? -1 : 1)) as NonNullable<RecordSet[K]>;
  }

  private stored(kinds: readonly RecordKind[], window?: FetchWindow): RecordSet {
    const out: Record<string, AnyRecord[]> = {};
    for (const kind of kinds) {
      out[kind] = [...this.table(kind).values()]
        .filter((r) => {
          if (!window) {
            return true;
          }
          const { start, end } = recordTimes(kind, r as never);
          return start < window.to && (end === undefined || end >= window.from);
        })
        .map((r) => structuredClone(r));
    }
    return out as RecordSet;
  }

  private table(kind: RecordKind): Map<string, AnyRecord> {
    let table = this.records.get(kind);
    if (!table) {
      table = new Map();
      this.records.set(kind, table);
    }
    return table;
  }
}

/** Records of a kind sorted by id, for comparing a store with a fetch modulo order. */
export const byId = <T extends { id: string }>(records: readonly T[] | undefined): T[] =>
  [...(records ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
