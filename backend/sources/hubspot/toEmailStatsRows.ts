/** HubSpot's daily email statistics histogram → EmailStatsRow per day (all marketing emails together). */
import type { EmailStatsRow } from '../../../common/records';
import type { FetchWindow } from '../types';
import type { EmailHistogram, EmailStatisticsData } from './client';

/** Counter keys of HubSpot's EmailStatisticsData.counters. */
export function countersOf(data: EmailStatisticsData | undefined) {
  const c = data?.counters ?? {};
  const n = (key: string) => (typeof c[key] === 'number' ? c[key] : 0);
  return { sent: n('sent'), delivered: n('delivered'), opens: n('open'), clicks: n('click'), bounces: n('bounce'), unsubscribes: n('unsubscribed') };
}

/**
 * One row per DAY interval that starts inside the window, dated at the interval start HubSpot reports.
 *
 * @example toEmailStatsRows(histogram, window) // [{ id: 'hubspot:all:2026-11-10', emailId: 'all', sent: 1000, delivered: 980, … }]
 */
export function toEmailStatsRows(histogram: EmailHistogram, window: FetchWindow): EmailStatsRow[] {
  const rows: EmailStatsRow[] = [];
  for (const item of histogram.results) {
    const start = item.interval?.start?.getTime();
    if (start === undefined || start < window.from || start >= window.to || !item.aggregations) {
      continue;
    }
    rows.push({ id: `hubspot:all:${new Date(start).toISOString().slice(0, 10)}`, source: 'hubspot', date: start, emailId: 'all', ...countersOf(item.aggregations) });
  }
  return rows;
}
