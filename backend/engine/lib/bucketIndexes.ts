import type { Bucketing } from './makeBucketing';

/** Bucketings remembered per instants column: a dashboard's panels share one or two (e.g. week and period). */
const SLOTS = 2;

/** Small indexes (−1 for none): 16-bit while they fit, which halves the memory of the usual bucketings. */
export type IndexColumn = Int16Array | Int32Array;

/** An index column for indexes below `count` (and −1). */
export function indexColumn(length: number, count: number): IndexColumn {
  return count <= 0x7fff ? new Int16Array(length) : new Int32Array(length);
}

interface Slot {
  bucketing: Bucketing;
  indexes: IndexColumn;
}

const CACHE = new WeakMap<Float64Array, Slot[]>();

/**
 * The bucket of each instant (bucketing.indexOf; -1 outside the buckets). Cached per instants column for its
 * last two bucketings, so the metrics that place the same column (e.g. PRs by merge) in the same buckets share
 * one lookup per item; held weakly, and at most two arrays per column. Shared and read-only.
 *
 * @example bucketIndexesOf(changeColumnsOf(changes).mergedAt, bucketing)[0] // bucket of changes[0]'s merge, or -1
 */
export function bucketIndexesOf(instants: Float64Array, bucketing: Bucketing): IndexColumn {
  let slots = CACHE.get(instants);
  if (slots === undefined) {
    slots = [];
    CACHE.set(instants, slots);
  }
  for (let s = 0; s < slots.length; s++) {
    if (slots[s].bucketing === bucketing) {
      const hit = slots[s];
      slots.splice(s, 1);
      slots.unshift(hit);
      return hit.indexes;
    }
  }
  const indexes = indexColumn(instants.length, bucketing.starts.length);
  const indexOf = bucketing.indexOf;
  for (let i = 0; i < instants.length; i++) {
    indexes[i] = indexOf(instants[i]);
  }
  slots.unshift({ bucketing, indexes });
  slots.length = Math.min(slots.length, SLOTS);
  return indexes;
}
