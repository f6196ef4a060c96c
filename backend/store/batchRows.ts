/** A SyncBatch flattened into the rows both stores write: JSON data with store times, per kind. */
import type { RecordKind } from '../../common/records';
import type { SyncBatch } from '../sources/types';
import { recordTimes } from './recordTimes';

export interface RecordRow {
  kind: RecordKind;
  id: string;
  start: number;
  end: number | null;
  /** The record as JSON. */
  data: string;
}

export interface ReplaceRows {
  kind: RecordKind;
  from: number;
  to: number;
  /** Ids of the batch's upserts of the kind: kept although their start is in the window. */
  keepIds: string[];
}

export interface BatchRows {
  /** One row per (kind, id); the last upsert of an id in the batch wins. */
  upserts: RecordRow[];
  deletes: Array<{ kind: RecordKind; ids: string[] }>;
  replaces: ReplaceRows[];
}

/** Throws (before anything is written) when a record has no valid store time. */
export function batchRows(batch: SyncBatch): BatchRows {
  const byKind = new Map<RecordKind, Map<string, RecordRow>>();
  for (const [kind, records] of Object.entries(batch.upserts) as Array<[RecordKind, Array<{ id: string }> | undefined]>) {
    const rows = new Map<string, RecordRow>();
    for (const record of records ?? []) {
      const { start, end } = recordTimes(kind, record as never);
      rows.set(record.id, { kind, id: record.id, start, end: end ?? null, data: JSON.stringify(record) });
    }
    byKind.set(kind, rows);
  }
  const deletes = (Object.entries(batch.deletes ?? {}) as Array<[RecordKind, string[] | undefined]>)
    .filter(([, ids]) => ids !== undefined && ids.length > 0)
    .map(([kind, ids]) => ({ kind, ids: ids ?? [] }));
  const replaces = (batch.replace ?? []).map(({ kind, window }) => ({
    kind,
    from: window.from,
    to: window.to,
    keepIds: [...(byKind.get(kind)?.keys() ?? [])],
  }));
  return { upserts: [...byKind.values()].flatMap((rows) => [...rows.values()]), deletes, replaces };
}
