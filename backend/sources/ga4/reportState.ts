/** What a GA4 report says about itself: sampling and thresholding as notices, the property quota as meta. */
import type { Notice } from '../../../common/metricResult';
import type { Ga4RunReportResponse } from './client';

type Quota = NonNullable<Ga4RunReportResponse['propertyQuota']>;
const QUOTA_KEYS = ['tokensPerDay', 'tokensPerHour', 'tokensPerProjectPerHour', 'concurrentRequests', 'serverErrorsPerProjectPerHour', 'potentiallyThresholdedRequestsPerHour'] as const;
/** Warn when fewer hourly tokens are left (5% of a standard property's 40,000; `consumed` is per request). */
const LOW_HOURLY_TOKENS = 2_000;

export interface Ga4QuotaStatus {
  consumed: number;
  remaining: number;
}

export type Ga4QuotaMeta = Partial<Record<(typeof QUOTA_KEYS)[number], Ga4QuotaStatus>>;

export function quotaMeta(quota: Quota | null | undefined): Ga4QuotaMeta | undefined {
  if (!quota) {
    return undefined;
  }
  const out: Ga4QuotaMeta = {};
  for (const key of QUOTA_KEYS) {
    const status = quota[key];
    if (status) {
      out[key] = { consumed: Number(status.consumed ?? 0), remaining: Number(status.remaining ?? 0) };
    }
  }
  return out;
}

const percent = (x: number) => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;

/** Notices for a report's pages (duplicates removed). */
export function reportNotices(pages: Ga4RunReportResponse[], quota: Ga4QuotaMeta | undefined): Notice[] {
  const notices = new Map<string, Notice>();
  const add = (severity: Notice['severity'], text: string) => notices.set(text, { severity, text });
  for (const page of pages) {
    const meta = page.metadata;
    for (const s of meta?.samplingMetadatas ?? []) {
      const read = Number(s.samplesReadCount ?? 0);
      const space = Number(s.samplingSpaceSize ?? 0);
      const share = space > 0 ? ` (${percent(read / space)} of ${space.toLocaleString('en-US')} events)` : '';
      add('warning', `GA4 report is sampled: values are estimated from a sample${share}; use a shorter time range for exact numbers.`);
    }
    if (meta?.subjectToThresholding) {
      add('info', 'GA4 applied data thresholds (Google signals or demographics): some rows may be withheld and totals lower.');
    }
    if (page.dimensionHeaders?.some((h) => h.name === 'pagePath')) {
      add('info', 'GA4 rows are split by page path: a session counts once per page it viewed, so session and user totals exceed GA4\'s own.');
    }
    if (meta?.dataLossFromOtherRow) {
      add('info', 'GA4 grouped some rows into "(other)" (high cardinality); per-page or per-channel values are incomplete.');
    }
  }
  const hourly = quota?.tokensPerHour;
  if (hourly && hourly.remaining < LOW_HOURLY_TOKENS) {
    add('warning', `GA4 hourly quota nearly used up: ${hourly.remaining} tokens left; raise the cache TTL or open fewer panels.`);
  }
  return [...notices.values()];
}
