/**
 * What a sync batch changes for one kind, given the stored records and a fresh read: upserts only for records
 * that differ from their stored copy, deletes for stored records the provider no longer lists (or that it
 * lists but no longer maps to a record of this kind).
 */
import { sameRecord } from './sameRecord';

export interface Reconciled<T> {
  upserts: T[];
  deletes: string[];
}

export interface FreshRead<T> {
  /** Records mapped from the items read (changed items, or all). */
  produced: readonly T[];
  /** Ids of every item the provider still has (an id-only listing). */
  listed: ReadonlySet<string>;
  /** Ids of the items read again; a stored record among them that was not produced no longer qualifies. */
  reread?: ReadonlySet<string>;
}

/**
 * @example reconcile([a, b, c], { produced: [b2], listed: new Set(['a', 'b']) }) // { upserts: [b2], deletes: ['c'] }
 */
export function reconcile<T extends { id: string }>(stored: readonly T[], read: FreshRead<T>): Reconciled<T> {
  const storedById = new Map(stored.map((r) => [r.id, r]));
  const produced = new Set(read.produced.map((r) => r.id));
  return {
    upserts: read.produced.filter((r) => {
      const old = storedById.get(r.id);
      return old === undefined || !sameRecord(old, r);
    }),
    deletes: stored
      .filter((r) => !produced.has(r.id) && (!read.listed.has(r.id) || (read.reread?.has(r.id) ?? false)))
      .map((r) => r.id),
  };
}
