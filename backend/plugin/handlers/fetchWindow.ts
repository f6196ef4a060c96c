/** The time window to fetch records for: the query range plus what comparisons look back on. */
import type { MetricRequest } from '../../engine/types';
import type { FetchWindow } from '../../sources/types';

const DAY_MS = 86_400_000;
const BUCKET_MS: Record<MetricRequest['bucket'], number> = { day: DAY_MS, week: 7 * DAY_MS, month: 31 * DAY_MS, sprint: 14 * DAY_MS, period: 0 };

export function fetchWindow(request: Pick<MetricRequest, 'from' | 'to' | 'bucket' | 'comparison' | 'baselinePeriods'>): FetchWindow {
  const range = request.to - request.from;
  const bucket = request.bucket === 'period' ? range : BUCKET_MS[request.bucket];
  switch (request.comparison) {
    case 'previous_period':
      return { from: request.from - range, to: request.to };
    case 'baseline':
    case 'anomaly':
      return { from: request.from - request.baselinePeriods * bucket, to: request.to };
    default:
      return { from: request.from, to: request.to };
  }
}
