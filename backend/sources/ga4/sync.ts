/**
 * GA4 into the store (issue #9). Daily rows keep settling for a few days (late hits, processing), so the store is
 * kept by day ranges: the backfill reads backfillFrom → today in 30-day reports, one batch each, and every later
 * run reads again from the oldest of the day after the last read and three days before today. Each batch replaces
 * its days (in the property's time zone), so rows GA4 changed or dropped are changed or dropped in the store.
 */
import { z } from 'zod';

import type { SourceContext, SyncBatch, SyncRequest } from '../types';
import type { Ga4Client } from './client';
import { addDays, dayChunks, dayStart, isoDay, type DayRange } from './dayChunks';
import { toGa4Error } from './errors';
import { runPagedReport, trafficReportRequest } from './report';
import type { Ga4Config } from './settings';
import { ga4DateToInstant, zoneOf } from './toWebTrafficRows';
import { trafficResult } from './trafficResult';
import { parseCursor } from '../_lib/parseCursor';

export const CHUNK_DAYS = 30;
/** Days read again on every run, today included. */
export const TRAILING_DAYS = 3;

const cursorSchema = z.object({
  v: z.literal(1),
  /** Last day of the last committed report. */
  through: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** False while a backfill or catch-up is under way: the next run continues after `through`. */
  complete: z.boolean(),
});
type Ga4Cursor = z.infer<typeof cursorSchema>;


/** The first day this run reads. */
function firstDay(cursor: Ga4Cursor | undefined, backfillFrom: number, today: string): string {
  if (!cursor) {
    return isoDay(backfillFrom);
  }
  const next = addDays(cursor.through, 1);
  const trailing = addDays(today, 1 - TRAILING_DAYS);
  return cursor.complete && trailing < next ? trailing : next;
}

const compact = (day: string) => day.replace(/-/g, '');

async function readRange(config: Ga4Config, client: Ga4Client, range: DayRange, source: SourceContext) {
  const window = { from: dayStart(range.startDate), to: dayStart(addDays(range.endDate, 1)) };
  const pages = await runPagedReport(client, trafficReportRequest(window, config.includePagePath), source);
  const zone = zoneOf(pages[0]);
  const from = ga4DateToInstant(compact(range.startDate), zone) ?? window.from;
  const to = ga4DateToInstant(compact(addDays(range.endDate, 1)), zone) ?? window.to;
  return { result: trafficResult(pages, config.propertyId), replace: { from, to } };
}

export async function* syncGa4(
  config: Ga4Config,
  client: Ga4Client,
  request: SyncRequest,
  source: SourceContext
): AsyncGenerator<SyncBatch> {
  const cursor = parseCursor(cursorSchema, request.cursor);
  const today = isoDay(source.now - 1);
  const chunks = dayChunks(firstDay(cursor, request.backfillFrom, today), today, CHUNK_DAYS);
  if (chunks.length === 0) {
    const through = cursor?.through ?? today;
    yield { upserts: {}, cursor: JSON.stringify({ v: 1, through, complete: true } satisfies Ga4Cursor), done: true };
    return;
  }
  for (const [i, range] of chunks.entries()) {
    source.signal.throwIfAborted();
    let read: Awaited<ReturnType<typeof readRange>>;
    try {
      read = await readRange(config, client, range, source);
    } catch (err) {
      if (source.signal.aborted) {
        throw err;
      }
      throw toGa4Error(err, { propertyId: config.propertyId, clientEmail: config.key.clientEmail, now: source.now });
    }
    const last = i === chunks.length - 1;
    yield {
      upserts: { webTraffic: read.result.records.webTraffic ?? [] },
      replace: [{ kind: 'webTraffic', window: read.replace }],
      cursor: JSON.stringify({ v: 1, through: range.endDate, complete: last } satisfies Ga4Cursor),
      done: last,
      progress: (i + 1) / chunks.length,
      notices: read.result.notices,
    };
  }
}
