/** GA4 report rows → WebTrafficRow, dated at the start of the day in the property's time zone. */
import type { WebTrafficRow } from '../../../common/records';
import { isValidTimeZone } from '../../engine/lib/isValidTimeZone';
import { zonedDateToInstant } from '../../engine/lib/zonedDateToInstant';
import type { Ga4RunReportResponse } from './client';

type Row = NonNullable<Ga4RunReportResponse['rows']>[number];

function columnIndex(headers: Array<{ name?: string | null }> | null | undefined): Map<string, number> {
  return new Map((headers ?? []).map((h, i) => [h.name ?? '', i]));
}

/** The property's time zone the report's dates are in (UTC when it names none or an unknown one). */
export function zoneOf(page: Ga4RunReportResponse | undefined): string {
  const zone = page?.metadata?.timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

/** "20261101" → start of that day in the zone; undefined for GA4's "(other)" or malformed dates. */
export function ga4DateToInstant(value: string, timeZone: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  return m ? zonedDateToInstant(Number(m[1]), Number(m[2]), Number(m[3]), timeZone) : undefined;
}

/**
 * @example toWebTrafficRows(page, '123') // [{ id: 'ga4:123:20261101:mobile:Organic Search', date: …, sessions: 120, … }]
 */
export function toWebTrafficRows(page: Ga4RunReportResponse, propertyId: string): WebTrafficRow[] {
  const zone = zoneOf(page);
  const dims = columnIndex(page.dimensionHeaders);
  const mets = columnIndex(page.metricHeaders);
  const dim = (row: Row, name: string) => row.dimensionValues?.[dims.get(name) ?? -1]?.value ?? '';
  const num = (row: Row, name: string) => {
    const n = Number(row.metricValues?.[mets.get(name) ?? -1]?.value ?? 0);
    return Number.isFinite(n) ? n : 0;
  };
  const out: WebTrafficRow[] = [];
  for (const row of page.rows ?? []) {
    const day = dim(row, 'date');
    const date = ga4DateToInstant(day, zone);
    if (date === undefined) {
      continue;
    }
    const device = dim(row, 'deviceCategory') || 'unknown';
    const channel = dim(row, 'sessionDefaultChannelGroup') || undefined;
    const pagePath = dims.has('pagePath') ? dim(row, 'pagePath') : undefined;
    const sessions = num(row, 'sessions');
    out.push({
      id: ['ga4', propertyId, day, device, channel ?? '', ...(pagePath !== undefined ? [pagePath] : [])].join(':'),
      source: 'ga4',
      date,
      device,
      channel,
      sessions,
      users: num(row, 'totalUsers'),
      pageviews: num(row, 'screenPageViews'),
      avgSessionDuration: num(row, 'averageSessionDuration'),
      engagedSessions: mets.has('engagementRate') ? Math.round(num(row, 'engagementRate') * sessions) : undefined,
    });
  }
  return out;
}
