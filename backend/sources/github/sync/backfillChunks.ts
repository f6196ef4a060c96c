/**
 * The chunks a backfill copies: 30-day ranges of closing dates from the backfill's start to the end. The start is
 * not rounded (as fetch's search is, for stable cache keys): fetch keeps only items closed after the exact start.
 */

export const CHUNK_MS = 30 * 86_400_000;

export interface BackfillChunk {
  /** Items closed in [from, to) belong to the chunk. */
  from: number;
  to: number;
  /** The last chunk also copies the open items. */
  last: boolean;
}

/**
 * Chunks from `next` (a chunk start saved in the cursor) to `end`; boundaries stay on the same 30-day grid,
 * so a resumed backfill continues exactly where the last committed chunk ended.
 *
 * @example
 * backfillChunks(Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1), Date.UTC(2026, 2, 1))
 * // → [Jan 1 .. Jan 31, Jan 31 .. Mar 1 (last)]
 */
export function backfillChunks(start: number, next: number, end: number): BackfillChunk[] {
  const chunks: BackfillChunk[] = [];
  for (let from = Math.max(next, start); from < end; ) {
    const to = Math.min(end, start + (Math.floor((from - start) / CHUNK_MS) + 1) * CHUNK_MS);
    chunks.push({ from, to, last: to === end });
    from = to;
  }
  return chunks.length > 0 ? chunks : [{ from: Math.min(next, end), to: end, last: true }];
}
