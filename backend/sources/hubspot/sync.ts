/**
 * HubSpot email statistics into the store (issue #9). The DAY histogram of all marketing emails is kept by time
 * window: the backfill reads backfillFrom → now in 30-day histograms, one batch each, and every later run reads
 * the last 30 days again (from the end of the last read when that is earlier), one request, since opens, clicks,
 * bounces and unsubscribes of recent sends keep arriving for weeks. Each batch replaces its window, so days HubSpot
 * changed or dropped are changed or dropped in the store.
 */
import { z } from 'zod';

import type { EmailStatsRow } from '../../../common/records';
import type { FetchWindow, SourceContext, SyncBatch, SyncRequest } from '../types';
import { parseCursor } from '../_lib/parseCursor';

const DAY_MS = 86_400_000;
export const CHUNK_DAYS = 30;
/** Days read again on every run, today included. */
export const TRAILING_DAYS = 30;

const cursorSchema = z.object({
  v: z.literal(1),
  /** End (exclusive, epoch ms) of the last committed window. */
  readTo: z.number(),
  /** False while a backfill or catch-up is under way: the next run continues at `readTo`. */
  complete: z.boolean(),
});
type HubSpotCursor = z.infer<typeof cursorSchema>;


const startOfDay = (instant: number) => Math.floor(instant / DAY_MS) * DAY_MS;

/**
 * Windows from `from` to `now`; boundaries after the first fall on UTC midnights, where HubSpot's days start.
 *
 * @example chunks(Date.UTC(2026, 0, 1, 9), Date.UTC(2026, 1, 5, 12)) // [Jan 1 09:00–Jan 31 00:00, Jan 31–Feb 5 12:00]
 */
export function chunks(from: number, now: number): FetchWindow[] {
  const out: FetchWindow[] = [];
  for (let start = from; start < now; start = startOfDay(start) + CHUNK_DAYS * DAY_MS) {
    out.push({ from: start, to: Math.min(startOfDay(start) + CHUNK_DAYS * DAY_MS, now) });
  }
  return out;
}

function firstInstant(cursor: HubSpotCursor | undefined, backfillFrom: number, now: number): number {
  if (!cursor) {
    return backfillFrom;
  }
  const trailing = startOfDay(now) - (TRAILING_DAYS - 1) * DAY_MS;
  return cursor.complete ? Math.min(cursor.readTo, trailing) : cursor.readTo;
}

export async function* syncHubSpot(
  dailyRows: (window: FetchWindow) => Promise<EmailStatsRow[]>,
  request: SyncRequest,
  source: SourceContext
): AsyncGenerator<SyncBatch> {
  const cursor = parseCursor(cursorSchema, request.cursor);
  const windows = chunks(firstInstant(cursor, request.backfillFrom, source.now), source.now);
  if (windows.length === 0) {
    const done: HubSpotCursor = { v: 1, readTo: cursor?.readTo ?? source.now, complete: true };
    yield { upserts: {}, cursor: JSON.stringify(done), done: true };
    return;
  }
  for (const [i, window] of windows.entries()) {
    source.signal.throwIfAborted();
    const rows = await dailyRows(window);
    const last = i === windows.length - 1;
    yield {
      upserts: { emailStats: rows },
      replace: [{ kind: 'emailStats', window }],
      cursor: JSON.stringify({ v: 1, readTo: window.to, complete: last } satisfies HubSpotCursor),
      done: last,
      progress: (i + 1) / windows.length,
    };
  }
}
