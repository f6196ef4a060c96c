/**
 * When a stored record is alive, as the store's `start` and `end` columns (epoch ms). A read for a window returns
 * the records with start < window.to and (no end or end ≥ window.from); a replace window matches on start.
 * Items that stay open have no end until they close; events and daily rows are points (end = start), so that
 * an old event is not read for every later window.
 */
import type { RecordKind, RecordSet } from '../../common/records';

export interface StoreTimes {
  start: number;
  /** Undefined while the item is open (still alive now). */
  end?: number;
}

type RecordOf<K extends RecordKind> = NonNullable<RecordSet[K]>[number];

const point = (at: number): StoreTimes => ({ start: at, end: at });

/** The latest of the instants that end an item, or undefined when none is set. */
function closedAt(...instants: Array<number | undefined>): number | undefined {
  const set = instants.filter((t): t is number => t !== undefined);
  return set.length === 0 ? undefined : Math.max(...set);
}

const TIMES: { [K in RecordKind]: (record: RecordOf<K>) => StoreTimes } = {
  changes: (r) => ({ start: r.createdAt, end: closedAt(r.mergedAt, r.closedAt) }),
  reviews: (r) => point(r.submittedAt),
  // An unfinished deployment belongs to the window it started in, as the providers return it.
  deployments: (r) => ({ start: r.startedAt, end: r.finishedAt ?? r.startedAt }),
  incidents: (r) => ({ start: r.openedAt, end: r.resolvedAt }),
  releases: (r) => point(r.publishedAt),
  workItems: (r) => ({ start: r.createdAt, end: r.completedAt }),
  sprints: (r) => ({ start: r.startAt, end: r.endAt }),
  documents: (r) => ({ start: r.createdAt, end: r.completedAt }),
  webTraffic: (r) => point(r.date),
  emailStats: (r) => point(r.date),
  productEvents: (r) => point(r.at),
  manualValues: (r) => point(r.at),
};

/**
 * The store times of a record of the kind. Throws when the record has no finite start (a source's mapping bug),
 * so the batch is refused before anything is written.
 *
 * @example recordTimes('reviews', review) // { start: review.submittedAt, end: review.submittedAt }
 */
export function recordTimes<K extends RecordKind>(kind: K, record: RecordOf<K>): StoreTimes {
  const timesOf = TIMES[kind] as ((record: RecordOf<K>) => StoreTimes) | undefined;
  if (!timesOf) {
    throw new Error(`unknown record kind ${kind}: the store keeps only the kinds of common/records.ts`);
  }
  const times = timesOf(record);
  if (!Number.isFinite(times.start) || (times.end !== undefined && !Number.isFinite(times.end))) {
    throw new Error(`${kind} record ${record.id}: its time fields are not finite epoch milliseconds`);
  }
  return times;
}
