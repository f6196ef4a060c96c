/** The pages of a traffic report as a SourceResult: rows, sampling/threshold notices, quota state in meta. */
import type { SourceResult } from '../types';
import type { Ga4RunReportResponse } from './client';
import { quotaMeta, reportNotices } from './reportState';
import { toWebTrafficRows } from './toWebTrafficRows';

export function trafficResult(pages: Ga4RunReportResponse[], propertyId: string): SourceResult {
  const quota = quotaMeta(pages[pages.length - 1]?.propertyQuota);
  return {
    records: { webTraffic: pages.flatMap((page) => toWebTrafficRows(page, propertyId)) },
    notices: reportNotices(pages, quota),
    meta: {
      propertyId,
      timeZone: pages[0]?.metadata?.timeZone ?? undefined,
      sampled: pages.some((p) => (p.metadata?.samplingMetadatas?.length ?? 0) > 0),
      thresholded: pages.some((p) => Boolean(p.metadata?.subjectToThresholding)),
      rowCount: Number(pages[0]?.rowCount ?? 0),
      quota,
    },
  };
}
