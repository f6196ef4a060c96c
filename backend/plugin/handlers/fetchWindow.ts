/** The time window to fetch records for: the query range plus what comparisons look back on. */
import { MS_PER_DAY, MS_PER_WEEK } from '../../engine/lib/constants';
import type { MetricRequest } from '../../engine/types';
import type { FetchWindow } from '../../sources/types';

const BUCKET_MS: Record<MetricRequest['bucket'], number> = {
  day: MS_PER_DAY,
  week: MS_PER_WEEK,
  month: 31 * MS_PER_DAY,
  sprint: 2 * MS_PER_WEEK,
  period: 0,
};

export function fetchWindow(
  request: Pick<MetricRequest, 'from' | 'to' | 'bucket' | 'comparison' | 'baselinePeriods'>
): FetchWindow {
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
