/** The GA4 report behind WebTrafficRow: its request and the limit/offset paging up to rowCount. */
import type { FetchWindow, SourceContext } from '../types';
import type { Ga4Client, Ga4RunReportRequest, Ga4RunReportResponse } from './client';

export const GA4_METRICS = ['sessions', 'totalUsers', 'screenPageViews', 'averageSessionDuration', 'engagementRate'] as const;
export const GA4_DIMENSIONS = ['date', 'deviceCategory', 'sessionDefaultChannelGroup'] as const;
export const GA4_PAGE_SIZE = 10_000;
/** Stop after this many pages even if rowCount says more (a runaway pagePath report). */
const MAX_PAGES = 20;

const isoDay = (instant: number) => new Date(instant).toISOString().slice(0, 10);

/** Calendar dates (UTC) covering the window; GA4 interprets them in the property's time zone. */
export function reportDateRange(window: FetchWindow): { startDate: string; endDate: string } {
  return { startDate: isoDay(window.from), endDate: isoDay(Math.max(window.from, window.to - 1)) };
}

export function trafficReportRequest(window: FetchWindow, includePagePath: boolean): Omit<Ga4RunReportRequest, 'property'> {
  return {
    dimensions: [...GA4_DIMENSIONS, ...(includePagePath ? ['pagePath'] : [])].map((name) => ({ name })),
    metrics: GA4_METRICS.map((name) => ({ name })),
    dateRanges: [reportDateRange(window)],
    returnPropertyQuota: true,
  };
}

/** Every page of a report, in order. One telemetry count per upstream request. */
export async function runPagedReport(
  client: Ga4Client,
  request: Omit<Ga4RunReportRequest, 'property'>,
  context: SourceContext,
  pageSize = GA4_PAGE_SIZE
): Promise<Ga4RunReportResponse[]> {
  const pages: Ga4RunReportResponse[] = [];
  let offset = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    context.telemetry.upstreamRequest('ga4');
    const response = await client.runReport({ ...request, limit: pageSize, offset }, context.signal);
    pages.push(response);
    const received = response.rows?.length ?? 0;
    offset += received;
    if (received === 0 || offset >= Number(response.rowCount ?? 0)) {
      break;
    }
  }
  return pages;
}
